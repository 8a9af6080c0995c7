package io.waxalert.discogs;

/**
 * Discogs answered, but not with what was asked for: an empty body, HTML where JSON was expected,
 * truncated or invalid JSON, or JSON lacking what the call is about (a listing without a price).
 * Retrying at once rarely helps; the answer is usually a block page or a change on Discogs' side.
 */
public class DiscogsUnreadableException extends DiscogsException {

  /**
   * Creates the exception.
   *
   * @param status the HTTP status of the answer
   * @param message what was asked and what came instead
   */
  public DiscogsUnreadableException(int status, String message) {
    super(status, null, message);
  }

  /**
   * Creates the exception with the parse failure.
   *
   * @param status the HTTP status of the answer
   * @param message what was asked and what came instead
   * @param cause the parse failure
   */
  public DiscogsUnreadableException(int status, String message, Throwable cause) {
    super(status, null, message, cause);
  }

  @Override
  public String collectorMessage() {
    return "Discogs answered with something WaxAlert cannot read (Discogs may have changed it); WaxAlert tries"
        + " again at the next check";
  }
}
