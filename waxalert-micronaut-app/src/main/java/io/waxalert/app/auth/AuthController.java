package io.waxalert.app.auth;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.waxalert.app.http.ApiException;
import io.waxalert.persistence.UserAccount;

/** Sign-in with a Discogs personal access token, and sign-out. */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
class AuthController {

  private final SignInService signIn;
  private final Sessions sessions;
  private final SignedOutSessions signedOut;

  AuthController(SignInService signIn, Sessions sessions, SignedOutSessions signedOut) {
    this.signIn = signIn;
    this.sessions = sessions;
    this.signedOut = signedOut;
  }

  @Post(uri = "/token", consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Sign in with a Discogs personal access token")
  @ApiResponse(responseCode = "200", description = "signed in; the session cookie is set")
  @ApiResponse(responseCode = "401", description = "Discogs refused the token")
  @ApiResponse(responseCode = "429", description = "too many sign-in attempts from this address")
  HttpResponse<SignedIn> token(HttpRequest<?> http, @Body TokenRequest request) {
    String token = request.token() == null ? "" : request.token().trim();
    if (token.isEmpty()) {
      throw ApiException.badRequest("token", "is missing; paste the personal access token Discogs shows under"
          + " Settings, Developers");
    }
    if (token.length() > 200) {
      throw ApiException.badRequest("token", "must be at most 200 characters");
    }
    UserAccount account = signIn.signInWithToken(http, token);
    String session = sessions.token(account);
    return HttpResponse.ok(new SignedIn(account.discogsUsername(), account.email(), session))
        .cookie(sessions.cookie(session));
  }

  @Post("/logout")
  @Operation(summary = "Sign out: the session ends, its cookie is cleared and its bearer token refused")
  HttpResponse<Void> logout(@Nullable Authentication authentication) {
    if (authentication != null) {
      signedOut.signOut(authentication);
    }
    return HttpResponse.<Void>noContent().cookie(sessions.expiredCookie());
  }

  /** The sign-in body. */
  @Serdeable
  record TokenRequest(@Nullable String token) {
    @Override
    public String toString() {
      return "TokenRequest[***]";
    }
  }

  /** The sign-in answer; {@code access_token} is the bearer token of the session. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SignedIn(String username, @Nullable String email, String accessToken) {}
}
