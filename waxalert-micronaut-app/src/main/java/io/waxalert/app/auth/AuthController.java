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
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.http.docs.BadRequests;
import io.waxalert.app.http.docs.Errors;
import io.waxalert.app.http.docs.Refusals;
import io.waxalert.persistence.UserAccount;

/** Sign-in with a Discogs personal access token, and sign-out. */
@Controller("/api/auth")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "sign-in")
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
  @Operation(summary = "Sign in with a Discogs personal access token: checked with Discogs, the user is created on"
      + " first sign-in", security = {})
  @RequestBody(required = true, content = @Content(schema = @Schema(implementation = TokenRequest.class),
      examples = @ExampleObject(name = "a personal access token", value = "{\"token\":"
          + " \"QkTzUxHdWmPcAbRnYsVeLgFj\"}")))
  @ApiResponse(responseCode = "200", description = "signed in; the session cookie is set, and access_token is the"
      + " same session as a bearer token", headers = @Header(name = "Set-Cookie", description = "the session cookie",
      schema = @Schema(type = "string", example = "JWT=eyJhbGciOiJIUzI1NiJ9…; Max-Age=604800; Path=/; HTTPOnly;"
          + " SameSite=Lax")), useReturnTypeSchema = true)
  @BadRequests.TokenInput
  @Refusals.SignInRefused
  @Errors.SignInThrottled
  @Errors.CallsDiscogs
  @Errors.CrossSiteRefused
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
  @Operation(summary = "Sign out: the session ends, its cookie is cleared and its bearer token refused", security = {})
  @ApiResponse(responseCode = "204", description = "signed out (also when no session was given)",
      headers = @Header(name = "Set-Cookie", description = "the session cookie, expired",
          schema = @Schema(type = "string", example = "JWT=; Max-Age=0; Path=/; HTTPOnly; SameSite=Lax")))
  @Errors.CrossSiteRefused
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
