package io.waxalert.app.auth;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.waxalert.app.http.ApiException;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;

/** The account behind a session; a session whose user no longer exists is not signed in (401). */
@Singleton
public class CurrentUser {

  private final UserStore users;

  CurrentUser(UserStore users) {
    this.users = users;
  }

  public UserAccount of(Authentication authentication) {
    return users.findByUsername(authentication.getName()).orElseThrow(() ->
        new ApiException(HttpStatus.UNAUTHORIZED, "You are not signed in; sign in first.", null));
  }
}
