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

  /** True for every form except anonymous; Discogs then allows 60 instead of 25 requests a minute. */
  default boolean authenticated() {
    return true;
  }

  static DiscogsCredentials anonymous() {
    return Anonymous.INSTANCE;
  }

  /** {@code Authorization: Discogs token=…}, the token from discogs.com/settings/developers. */
  static DiscogsCredentials personalToken(String token) {
    return new PersonalToken(token);
  }

  /** {@code Authorization: Discogs key=…, secret=…}: app credentials, acting as no user. */
  static DiscogsCredentials consumer(String key, String secret) {
    return new Consumer(key, secret);
  }

  /** An OAuth 1.0a access token, signed with PLAINTEXT (what Discogs recommends over HTTPS). */
  static OAuth oauth(String consumerKey, String consumerSecret, String token, String tokenSecret) {
    return new OAuth(consumerKey, consumerSecret, token, tokenSecret, OAuthSignatureMethod.PLAINTEXT);
  }

  /** No credentials: 25 requests a minute, no user data. */
  enum Anonymous implements DiscogsCredentials {
    INSTANCE;

    @Override
    public boolean authenticated() {
      return false;
    }
  }

  /** A personal access token. */
  record PersonalToken(String token) implements DiscogsCredentials {
    public PersonalToken {
      requireText(token, "token");
    }

    @Override
    public String toString() {
      return "PersonalToken[***]";
    }
  }

  /** Consumer key and secret of a registered app. */
  record Consumer(String key, String secret) implements DiscogsCredentials {
    public Consumer {
      requireText(key, "key");
      requireText(secret, "secret");
    }

    @Override
    public String toString() {
      return "Consumer[key=" + key + ", secret=***]";
    }
  }

  /** OAuth 1.0a consumer plus access token. */
  record OAuth(
      String consumerKey,
      String consumerSecret,
      String token,
      String tokenSecret,
      OAuthSignatureMethod signatureMethod)
      implements DiscogsCredentials {
    public OAuth {
      requireText(consumerKey, "consumerKey");
      requireText(consumerSecret, "consumerSecret");
      requireText(token, "token");
      requireText(tokenSecret, "tokenSecret");
      Objects.requireNonNull(signatureMethod, "signatureMethod");
    }

    /** The same token signed with another method. */
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
