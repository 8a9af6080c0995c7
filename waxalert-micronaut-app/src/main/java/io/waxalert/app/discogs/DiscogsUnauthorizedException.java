package io.waxalert.app.discogs;

/** Discogs refused the credentials (401). */
public class DiscogsUnauthorizedException extends DiscogsGatewayException {

  public DiscogsUnauthorizedException(String message) {
    super(401, message);
  }
}
