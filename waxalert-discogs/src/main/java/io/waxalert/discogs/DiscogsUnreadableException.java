package io.waxalert.discogs;

/**
 * Discogs answered, but not with what was asked for: an empty body, HTML where JSON was expected,
 * truncated or invalid JSON, or JSON lacking what the call is about (a listing without a price).
 * Retrying at once rarely helps; the answer is usually a block page or a change on Discogs' side.
 */
public class DiscogsUnreadableException extends DiscogsException {

  public DiscogsUnreadableException(int status, String message) {
    super(status, null, message);
  }

  public DiscogsUnreadableException(int status, String message, Throwable cause) {
    super(status, null, message, cause);
  }
}
