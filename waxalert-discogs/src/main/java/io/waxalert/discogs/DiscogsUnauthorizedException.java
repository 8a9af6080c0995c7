package io.waxalert.discogs;

import io.waxalert.core.Nullable;

/** 401 or 403: credentials missing, invalid or not allowed to see the resource. */
public class DiscogsUnauthorizedException extends DiscogsException {

  /**
   * Creates the exception.
   *
   * @param status 401 or 403
   * @param discogsMessage Discogs' {@code message}, null when there was none
   * @param message what was refused, without secrets
   */
  public DiscogsUnauthorizedException(int status, @Nullable String discogsMessage, String message) {
    super(status, discogsMessage, message);
  }

  @Override
  public String collectorMessage() {
    return status() == 401
        ? "Discogs refused WaxAlert's sign-in (401); the Discogs sign-in may need renewing"
        : "Discogs refused access (" + status() + "); WaxAlert tries again at the next check";
  }
}
