package io.waxalert.app.auth;

import io.micronaut.http.HttpRequest;
import io.waxalert.app.http.ApiException;
import io.waxalert.core.model.Currency;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsCountries;
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
 * first sign-in (e-mail and currency from their own profile, the country where the profile's
 * free-text location ends in a country Discogs knows: best effort, editable in settings), and the
 * credentials are stored encrypted. Refused credentials throw before anything is stored.
 */
@Singleton
public class SignInService {

  private static final Logger LOG = LoggerFactory.getLogger(SignInService.class);

  private final DiscogsClient discogs;
  private final UserStore users;
  private final StoredCredentials stored;
  private final SignInThrottle throttle;
  private final KnownTokens knownTokens;

  SignInService(DiscogsClient discogs, UserStore users, StoredCredentials stored, SignInThrottle throttle,
      KnownTokens knownTokens) {
    this.discogs = discogs;
    this.users = users;
    this.stored = stored;
    this.throttle = throttle;
    this.knownTokens = knownTokens;
  }

  /**
   * Sign-in with a personal access token from {@code request}'s client. Checking a token costs a
   * Discogs request, so it takes one attempt from the client's allowance ({@link SignInThrottle}); a
   * good token gives it back, so only refused (or failed) attempts use the allowance up. A token that
   * signed in before ({@link KnownTokens}) is checked even when the allowance is used up: good
   * sign-ins are never turned away, and junk never gets past the allowance.
   *
   * @throws DiscogsUnauthorizedException when Discogs refuses the token
   */
  public UserAccount signInWithToken(HttpRequest<?> request, String token) {
    String client = throttle.client(request);
    boolean charged = true;
    try {
      throttle.take(client);
    } catch (ApiException throttled) {
      if (!knownTokens.isKnown(token)) {
        throw throttled;
      }
      charged = false;
    }
    UserAccount account;
    try {
      account = signIn(DiscogsCredentials.personalToken(token));
    } catch (DiscogsUnauthorizedException refused) {
      knownTokens.forget(token);
      throw refused;
    }
    knownTokens.remember(account, token);
    if (charged) {
      throttle.giveBack(client);
    }
    return account;
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
      String country = DiscogsCountries.fromLocation(profile.location()).orElse(null);
      UserAccount created = users.create(username, profile.email(), currency, country);
      LOG.info("new user {} signed in", username);
      return created;
    } catch (UserStore.DuplicateUsernameException e) {
      // a concurrent first sign-in of the same user won the race
      return users.findByUsername(username).orElseThrow(() -> e);
    }
  }
}
