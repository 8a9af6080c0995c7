package io.waxalert.discogs;

import java.util.Objects;

/**
 * How the client authenticates. {@code toString()} never shows a secret.
 *
 * <pre>{@code
 * DiscogsCredentials.personalToken(System.getenv("DISCOGS_TOKEN"))
 * }</pre>
 */
public sealed interface DiscogsCredentials {

  /**
   * True for every form except anonymous; Discogs then allows 60 instead of 25 requests a minute.
   *
   * @return false only for {@link #anonymous()}
   */
  default boolean authenticated() {
    return true;
  }

  /**
   * No credentials: 25 requests a minute, no user data, no search.
   *
   * @return the anonymous credentials
   */
  static DiscogsCredentials anonymous() {
    return Anonymous.INSTANCE;
  }

  /**
   * {@code Authorization: Discogs token=…}, the token from discogs.com/settings/developers.
   *
   * @param token the personal access token, not blank
   * @return the credentials
   * @throws IllegalArgumentException if the token is blank
   */
  static DiscogsCredentials personalToken(String token) {
    return new PersonalToken(token);
  }

  /**
   * {@code Authorization: Discogs key=…, secret=…}: app credentials, acting as no user.
   *
   * @param key the app's consumer key, not blank
   * @param secret the app's consumer secret, not blank
   * @return the credentials
   * @throws IllegalArgumentException if either is blank
   */
  static DiscogsCredentials consumer(String key, String secret) {
    return new Consumer(key, secret);
  }

  /**
   * An OAuth 1.0a access token, signed with PLAINTEXT (what Discogs recommends over HTTPS).
   *
   * @param consumerKey the app's consumer key
   * @param consumerSecret the app's consumer secret
   * @param token the user's access token
   * @param tokenSecret the access token's secret
   * @return the credentials
   * @throws IllegalArgumentException if any is blank
   */
  static OAuth oauth(String consumerKey, String consumerSecret, String token, String tokenSecret) {
    return new OAuth(consumerKey, consumerSecret, token, tokenSecret, OAuthSignatureMethod.PLAINTEXT);
  }

  /** No credentials: 25 requests a minute, no user data. */
  enum Anonymous implements DiscogsCredentials {
    /** The one anonymous instance. */
    INSTANCE;

    @Override
    public boolean authenticated() {
      return false;
    }
  }

  /**
   * A personal access token.
   *
   * @param token the token, not blank
   */
  record PersonalToken(String token) implements DiscogsCredentials {
    /**
     * Validates the token.
     *
     * @param token the token, not blank
     * @throws NullPointerException if null
     * @throws IllegalArgumentException if blank
     */
    public PersonalToken {
      requireText(token, "token");
    }

    @Override
    public String toString() {
      return "PersonalToken[***]";
    }
  }

  /**
   * Consumer key and secret of a registered app.
   *
   * @param key the consumer key, not blank
   * @param secret the consumer secret, not blank
   */
  record Consumer(String key, String secret) implements DiscogsCredentials {
    /**
     * Validates key and secret.
     *
     * @param key the consumer key, not blank
     * @param secret the consumer secret, not blank
     * @throws NullPointerException if either is null
     * @throws IllegalArgumentException if either is blank
     */
    public Consumer {
      requireText(key, "key");
      requireText(secret, "secret");
    }

    @Override
    public String toString() {
      return "Consumer[key=" + key + ", secret=***]";
    }
  }

  /**
   * OAuth 1.0a consumer plus access token.
   *
   * @param consumerKey the app's consumer key, not blank
   * @param consumerSecret the app's consumer secret, not blank
   * @param token the user's access token, not blank
   * @param tokenSecret the access token's secret, not blank
   * @param signatureMethod how requests are signed
   */
  record OAuth(
      String consumerKey,
      String consumerSecret,
      String token,
      String tokenSecret,
      OAuthSignatureMethod signatureMethod)
      implements DiscogsCredentials {
    /**
     * Validates the token.
     *
     * @param consumerKey the app's consumer key, not blank
     * @param consumerSecret the app's consumer secret, not blank
     * @param token the user's access token, not blank
     * @param tokenSecret the access token's secret, not blank
     * @param signatureMethod how requests are signed
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if a text component is blank
     */
    public OAuth {
      requireText(consumerKey, "consumerKey");
      requireText(consumerSecret, "consumerSecret");
      requireText(token, "token");
      requireText(tokenSecret, "tokenSecret");
      Objects.requireNonNull(signatureMethod, "signatureMethod");
    }

    /**
     * The same token signed with another method.
     *
     * @param method the signature method
     * @return the changed copy
     */
    public OAuth withSignatureMethod(OAuthSignatureMethod method) {
      return new OAuth(consumerKey, consumerSecret, token, tokenSecret, method);
    }

    @Override
    public String toString() {
      return "OAuth[consumerKey=" + consumerKey + ", token=" + token + ", secrets=***, " + signatureMethod + "]";
    }
  }

  private static void requireText(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
  }
}
