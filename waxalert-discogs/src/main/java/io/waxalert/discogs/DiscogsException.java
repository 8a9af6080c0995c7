package io.waxalert.discogs;

import io.waxalert.core.Nullable;

/**
 * Root of the unchecked exceptions of the Discogs client: an answer Discogs gave that is not the
 * data asked for, or no answer at all.
 */
public class DiscogsException extends RuntimeException {

  private final int status;
  private final @Nullable String discogsMessage;

  public DiscogsException(int status, @Nullable String discogsMessage, String message) {
    super(message);
    this.status = status;
    this.discogsMessage = discogsMessage;
  }

  public DiscogsException(int status, @Nullable String discogsMessage, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.discogsMessage = discogsMessage;
  }

  /** The HTTP status, or 0 when no response came (timeout, connection refused). */
  public int status() {
    return status;
  }

  /** Discogs' own {@code message} from a JSON error body; null for HTML, empty or other bodies. */
  public @Nullable String discogsMessage() {
    return discogsMessage;
  }
}
