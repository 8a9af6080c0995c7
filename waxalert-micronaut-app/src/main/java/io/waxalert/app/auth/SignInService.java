package io.waxalert.app.auth;

import io.micronaut.http.HttpRequest;
import io.waxalert.core.model.Currency;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsCredentials;
import io.waxalert.discogs.DiscogsUnauthorizedException;
import io.waxalert.discogs.UserProfile;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;
import java.util.Optional;
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

  private final DiscogsClient discogs;
  private final UserStore users;
  private final StoredCredentials stored;
  private final SignInThrottle throttle;

  SignInService(DiscogsClient discogs, UserStore users, StoredCredentials stored, SignInThrottle throttle) {
    this.discogs = discogs;
    this.users = users;
    this.stored = stored;
    this.throttle = throttle;
  }

  /**
   * Sign-in with a personal access token from {@code request}'s client: a token Discogs refuses counts
   * against the client's allowance ({@link SignInThrottle}), a good one never does.
   *
   * @throws DiscogsUnauthorizedException when Discogs refuses the token
   */
  public UserAccount signInWithToken(HttpRequest<?> request, String token) {
    throttle.requireAllowance(request);
    try {
      return signIn(DiscogsCredentials.personalToken(token));
    } catch (DiscogsUnauthorizedException refused) {
      throttle.count(request);
      throw refused;
    }
  }

  /**
   * The signed-in account.
   *
   * @throws DiscogsUnauthorizedException when Discogs refuses the credentials
   */
  public UserAccount signIn(DiscogsCredentials credentials) {
    DiscogsClient asUser = discogs.as(credentials);
    String username = asUser.identity().username();
    if (username == null || username.isBlank()) {
      throw new DiscogsUnauthorizedException(401, null, "Discogs named no user");
    }
    UserAccount account = users.findByUsername(username).orElseGet(() -> create(username, asUser));
    users.saveCredentials(account.id(), stored.encrypt(credentials));
    return account;
  }

  /** The user's stored credentials, decrypted. */
  public Optional<DiscogsCredentials> credentials(UserAccount account) {
    return users.findCredentials(account.id()).filter(bytes -> bytes != null && bytes.length > 0)
        .map(stored::decrypt);
  }

  private UserAccount create(String username, DiscogsClient asUser) {
    UserProfile profile = asUser.user(username);
    Currency currency = profile.currency() == null ? Currency.USD : profile.currency();
    try {
      UserAccount created = users.create(username, profile.email(), currency);
      LOG.info("new user {} signed in", username);
      return created;
    } catch (UserStore.DuplicateUsernameException e) {
      // a concurrent first sign-in of the same user won the race
      return users.findByUsername(username).orElseThrow(() -> e);
    }
  }
}
