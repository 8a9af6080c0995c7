package io.waxalert.discogs;

import io.waxalert.core.Nullable;

/** 401 or 403: credentials missing, invalid or not allowed to see the resource. */
public class DiscogsUnauthorizedException extends DiscogsException {

  public DiscogsUnauthorizedException(int status, @Nullable String discogsMessage, String message) {
    super(status, discogsMessage, message);
  }
}
