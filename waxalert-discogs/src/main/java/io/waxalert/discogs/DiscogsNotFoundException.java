package io.waxalert.discogs;

import io.waxalert.core.Nullable;

/** 404: the release, master, listing or user does not exist (any more). */
public class DiscogsNotFoundException extends DiscogsException {

  public DiscogsNotFoundException(@Nullable String discogsMessage, String message) {
    super(404, discogsMessage, message);
  }
}
