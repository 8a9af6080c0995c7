package io.waxalert.app.auth;

import io.waxalert.persistence.JdbcSignInFingerprints;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.UUID;

/**
 * The personal access tokens users signed in with, recognised by a keyed fingerprint (HMAC under a
 * key derived from the credentials key, see {@link CredentialCipher#fingerprint}) without asking
 * Discogs. A token that signed in before may pass a throttled address: nobody but its owner has it,
 * so a stranger's junk gains nothing from this, and the owner is never turned away.
 */
@Singleton
class KnownTokens {

  private final JdbcSignInFingerprints fingerprints;
  private final CredentialCipher cipher;
  private final Clock clock;

  KnownTokens(JdbcSignInFingerprints fingerprints, CredentialCipher cipher, Clock clock) {
    this.fingerprints = fingerprints;
    this.cipher = cipher;
    this.clock = clock;
  }

  boolean isKnown(String token) {
    return fingerprints.userOf(cipher.fingerprint(token)).isPresent();
  }

  /** {@code token} is now {@code account}'s recognised one. */
  void remember(UserAccount account, String token) {
    String fingerprint = cipher.fingerprint(token);
    UUID known = fingerprints.userOf(fingerprint).orElse(null);
    if (!account.id().equals(known)) {
      fingerprints.remember(account.id(), fingerprint, clock.instant());
    }
  }

  /** Discogs refused {@code token}: it is recognised no more. */
  void forget(String token) {
    fingerprints.forget(cipher.fingerprint(token));
  }
}
