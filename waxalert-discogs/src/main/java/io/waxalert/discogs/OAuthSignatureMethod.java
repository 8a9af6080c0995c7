package io.waxalert.discogs;

/** OAuth 1.0a signature methods Discogs accepts. */
public enum OAuthSignatureMethod {
  /** {@code enc(consumer_secret)&enc(token_secret)}; Discogs' recommendation over HTTPS. */
  PLAINTEXT,
  /** RFC 5849 §3.4.2 HMAC-SHA1 over the signature base string. */
  HMAC_SHA1;

  /**
   * The {@code oauth_signature_method} value.
   *
   * @return {@code PLAINTEXT} or {@code HMAC-SHA1}
   */
  public String oauthName() {
    return this == PLAINTEXT ? "PLAINTEXT" : "HMAC-SHA1";
  }
}
