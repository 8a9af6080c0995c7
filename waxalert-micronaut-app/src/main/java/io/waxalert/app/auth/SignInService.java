package io.waxalert.app.auth;

import io.waxalert.app.discogs.DiscogsCredentials;
import io.waxalert.app.discogs.DiscogsGateway;
import io.waxalert.core.model.Currency;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Signs a Discogs user in: Discogs confirms whose credentials they are, the user is created at the
 * first sign-in (e-mail and currency from their own profile), and the credentials are stored
 * encrypted. Refused credentials throw before anything is stored.
 */
@Singleton
public class SignInService {

  private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

  private final DiscogsGateway discogs;
  private final UserStore users;
  private final CredentialCipher cipher;

  SignInService(DiscogsGateway discogs, UserStore users, CredentialCipher cipher) {
    this.discogs = discogs;
    this.users = users;
    this.cipher = cipher;
  }

  /** The signed-in account; throws the gateway's exception when Discogs refuses the credentials. */
  public UserAccount signIn(DiscogsCredentials credentials) {
    String username = discogs.identity(credentials);
    if (username == null || username.isBlank()) {
      throw new io.waxalert.app.discogs.DiscogsUnauthorizedException("Discogs named no user");
    }
    UserAccount account = users.findByUsername(username).orElseGet(() -> create(username, credentials));
    users.saveCredentials(account.id(), cipher.encrypt(credentials));
    return account;
  }

  /** The user's stored credentials, decrypted. */
  public java.util.Optional<DiscogsCredentials> credentials(UserAccount account) {
    return users.findCredentials(account.id()).filter(bytes -> bytes != null && bytes.length > 0)
        .map(cipher::decrypt);
  }

  private UserAccount create(String username, DiscogsCredentials credentials) {
    DiscogsGateway.Profile profile = discogs.profile(username, credentials);
    Currency currency = currencyOrUsd(profile.currency());
    try {
      UserAccount created = users.create(username, profile.email(), currency);
      LOG.info("new user {} signed in", username);
      return created;
    } catch (UserStore.DuplicateUsernameException e) {
      // a concurrent first sign-in of the same user won the race
      return users.findByUsername(username).orElseThrow(() -> e);
    }
  }

  static Currency currencyOrUsd(String code) {
    try {
      return code == null ? Currency.USD : Currency.parse(code);
    } catch (IllegalArgumentException e) {
      return Currency.USD;
    }
  }
}
