package io.waxalert.app.discogs;

/** Discogs does not know the release, master or user asked for (404). */
public class DiscogsNotFoundException extends DiscogsGatewayException {

  public DiscogsNotFoundException(String message) {
    super(404, message);
  }
}
