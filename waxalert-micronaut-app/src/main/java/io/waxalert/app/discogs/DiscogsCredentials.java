package io.waxalert.app.discogs;

import io.micronaut.core.annotation.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A user's Discogs credentials: a personal access token, or an OAuth access token and secret.
 * {@link #toString()} never shows them; {@link #toBytes()} is what gets encrypted and stored.
 */
public final class DiscogsCredentials {

  private final String token;
  private final @Nullable String oauthSecret;

  private DiscogsCredentials(String token, @Nullable String oauthSecret) {
    this.token = Objects.requireNonNull(token, "token");
    this.oauthSecret = oauthSecret;
  }

  public static DiscogsCredentials personalToken(String token) {
    return new DiscogsCredentials(token, null);
  }

  public static DiscogsCredentials oauth(String accessToken, String accessSecret) {
    return new DiscogsCredentials(accessToken, Objects.requireNonNull(accessSecret, "accessSecret"));
  }

  public boolean isOAuth() {
    return oauthSecret != null;
  }

  public String token() {
    return token;
  }

  public @Nullable String oauthSecret() {
    return oauthSecret;
  }

  /** {@code token\n<token>} or {@code oauth\n<token>\n<secret>}, UTF-8. */
  public byte[] toBytes() {
    String text = isOAuth() ? "oauth\n" + token + "\n" + oauthSecret : "token\n" + token;
    return text.getBytes(StandardCharsets.UTF_8);
  }

  public static DiscogsCredentials fromBytes(byte[] bytes) {
    String[] parts = new String(bytes, StandardCharsets.UTF_8).split("\n", -1);
    if (parts.length == 2 && parts[0].equals("token")) {
      return personalToken(parts[1]);
    }
    if (parts.length == 3 && parts[0].equals("oauth")) {
      return oauth(parts[1], parts[2]);
    }
    throw new IllegalArgumentException("unreadable stored credentials");
  }

  @Override
  public String toString() {
    return isOAuth() ? "DiscogsCredentials[oauth, ***]" : "DiscogsCredentials[token, ***]";
  }
}
