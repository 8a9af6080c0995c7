package io.waxalert.app.discogs;

/** Discogs answered with an error or could not be reached; {@code status} 0 when there was no answer. */
public class DiscogsGatewayException extends RuntimeException {

  private final int status;

  public DiscogsGatewayException(int status, String message) {
    super(message);
    this.status = status;
  }

  public DiscogsGatewayException(String message, Throwable cause) {
    super(message, cause);
    this.status = 0;
  }

  public int status() {
    return status;
  }
}
