package io.waxalert.discogs;

import io.waxalert.core.Nullable;

/**
 * Root of the unchecked exceptions of the Discogs client: an answer Discogs gave that is not the
 * data asked for, or no answer at all.
 *
 * <p>Two texts: {@link #getMessage()} is the operator's (the request, the status, an excerpt of the
 * body; for logs), {@link #collectorMessage()} the collector's (what happened and what WaxAlert does
 * about it; for check states and pages, never a URL, an HTTP verb or a body).
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
   * What failed in a collector's words, without URL, HTTP verb or body: one sentence without a final
   * full stop, starting with a capital, e.g. "Discogs turned the request down (error 422); WaxAlert
   * tries again at the next check". Subclasses say more.
   *
   * @return the words
   */
  public String collectorMessage() {
    return "Discogs turned WaxAlert's request down (error " + status + "); WaxAlert tries again at the next check";
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
