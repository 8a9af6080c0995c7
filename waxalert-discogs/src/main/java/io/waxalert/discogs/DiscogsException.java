package io.waxalert.discogs;

import io.waxalert.core.Nullable;

/**
 * Root of the unchecked exceptions of the Discogs client: an answer Discogs gave that is not the
 * data asked for, or no answer at all.
 */
public class DiscogsException extends RuntimeException {

  /** The HTTP status, 0 when no response came. */
  private final int status;
  /** Discogs' own error message, null when the body had none. */
  private final @Nullable String discogsMessage;

  /**
   * Creates the exception.
   *
   * @param status the HTTP status, 0 when no response came
   * @param discogsMessage Discogs' {@code message} from a JSON error body, null when there was none
   * @param message what failed, naming the request, without secrets
   */
  public DiscogsException(int status, @Nullable String discogsMessage, String message) {
    super(message);
    this.status = status;
    this.discogsMessage = discogsMessage;
  }

  /**
   * Creates the exception with the failure that led to it.
   *
   * @param status the HTTP status, 0 when no response came
   * @param discogsMessage Discogs' {@code message} from a JSON error body, null when there was none
   * @param message what failed, naming the request, without secrets
   * @param cause the underlying failure
   */
  public DiscogsException(int status, @Nullable String discogsMessage, String message, Throwable cause) {
    super(message, cause);
    this.status = status;
    this.discogsMessage = discogsMessage;
  }

  /**
   * The HTTP status, or 0 when no response came (timeout, connection refused).
   *
   * @return the status, or 0
   */
  public int status() {
    return status;
  }

  /**
   * Discogs' own {@code message} from a JSON error body; null for HTML, empty or other bodies.
   *
   * @return the message, or null
   */
  public @Nullable String discogsMessage() {
    return discogsMessage;
  }
}
