package io.waxalert.discogs;

import io.waxalert.core.Nullable;

/** 404: the release, master, listing or user does not exist (any more). */
public class DiscogsNotFoundException extends DiscogsException {

  /**
   * Creates the exception.
   *
   * @param discogsMessage Discogs' {@code message}, null when there was none
   * @param message what was not found
   */
  public DiscogsNotFoundException(@Nullable String discogsMessage, String message) {
    super(404, discogsMessage, message);
  }

  @Override
  public String collectorMessage() {
    return "Discogs has no such release, master or user (not found)";
  }
}
