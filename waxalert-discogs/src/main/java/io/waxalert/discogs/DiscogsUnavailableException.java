package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.net.SocketTimeoutException;

/** 5xx answers or no answer (timeouts, I/O errors) that persisted through the bounded retries. */
public class DiscogsUnavailableException extends DiscogsException {

  /**
   * For a 5xx answer.
   *
   * @param status the HTTP status
   * @param discogsMessage Discogs' {@code message}, null when there was none
   * @param message what failed
   */
  public DiscogsUnavailableException(int status, @Nullable String discogsMessage, String message) {
    super(status, discogsMessage, message);
  }

  /**
   * For no answer at all (status 0).
   *
   * @param message what failed
   * @param cause the I/O error or timeout
   */
  public DiscogsUnavailableException(String message, Throwable cause) {
    super(0, null, message, cause);
  }

  @Override
  public String collectorMessage() {
    if (status() > 0) {
      return "Discogs did not answer (a server error, " + status() + "); WaxAlert tries again at the next check";
    }
    for (Throwable t = getCause(); t != null; t = t.getCause()) {
      if (t instanceof SocketTimeoutException) {
        return "Discogs did not answer in time; WaxAlert tries again at the next check";
      }
    }
    return "Discogs could not be reached; WaxAlert tries again at the next check";
  }
}
