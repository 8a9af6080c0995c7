package io.waxalert.app.auth;

import io.waxalert.app.settings.DiscogsProperties;
import io.waxalert.discogs.DiscogsCredentials;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;

/**
 * A user's Discogs credentials as they are kept at rest: {@code token\n<token>} or
 * {@code oauth\n<token>\n<secret>} in UTF-8, sealed by the {@link CredentialCipher}. The OAuth
 * consumer key and secret are the service's, from its settings, so they are not stored per user.
 * Nothing here ever shows a secret in a message.
 */
@Singleton
public class StoredCredentials {

  private final CredentialCipher cipher;
  private final DiscogsProperties discogs;

  StoredCredentials(CredentialCipher cipher, DiscogsProperties discogs) {
    this.cipher = cipher;
    this.discogs = discogs;
  }

  /** @throws IllegalArgumentException for credentials that act as no user (anonymous, consumer only) */
  public byte[] encrypt(DiscogsCredentials credentials) {
    String text;
    if (credentials instanceof DiscogsCredentials.PersonalToken personal) {
      text = "token\n" + personal.token();
    } else if (credentials instanceof DiscogsCredentials.OAuth oauth) {
      text = "oauth\n" + oauth.token() + "\n" + oauth.tokenSecret();
    } else {
      throw new IllegalArgumentException("only a user's token or OAuth access token is stored");
    }
    return cipher.seal(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * @throws IllegalStateException when the bytes do not decrypt with the configured key, or hold an
   *     OAuth token while Sign in with Discogs is no longer configured
   */
  public DiscogsCredentials decrypt(byte[] stored) {
    String[] parts;
    try {
      parts = new String(cipher.open(stored), StandardCharsets.UTF_8).split("\n", -1);
    } catch (RuntimeException e) {
      throw new IllegalStateException("stored credentials cannot be decrypted with the configured key");
    }
    if (parts.length == 2 && parts[0].equals("token")) {
      return DiscogsCredentials.personalToken(parts[1]);
    }
    if (parts.length == 3 && parts[0].equals("oauth")) {
      if (!discogs.oauthEnabled()) {
        throw new IllegalStateException("stored OAuth credentials need waxalert.discogs.consumer-key and"
            + " consumer-secret; sign in again");
      }
      return DiscogsCredentials.oauth(discogs.consumerKey(), discogs.consumerSecret(), parts[1], parts[2]);
    }
    throw new IllegalStateException("unreadable stored credentials");
  }
}
