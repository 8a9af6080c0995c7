package io.waxalert.discogs;

import io.waxalert.core.Nullable;

/** 5xx answers or no answer (timeouts, I/O errors) that persisted through the bounded retries. */
public class DiscogsUnavailableException extends DiscogsException {

  public DiscogsUnavailableException(int status, @Nullable String discogsMessage, String message) {
    super(status, discogsMessage, message);
  }

  public DiscogsUnavailableException(String message, Throwable cause) {
    super(0, null, message, cause);
  }
}
