package io.waxalert.app.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.http.docs.BadRequests;
import io.waxalert.app.http.docs.Errors;
import io.waxalert.app.http.docs.Refusals;
import io.waxalert.app.settings.ServiceProperties;
import io.waxalert.persistence.UserAccount;
import java.net.URI;
import java.time.Duration;

/**
 * "Sign in with Discogs" (OAuth 1.0a), when a consumer key is configured ({@link OAuthSignIn}). The
 * pending sign-in travels in an encrypted, HttpOnly cookie of the browser that started it.
 */
@Controller("/auth/discogs")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "sign-in")
@Refusals.OAuthNotConfigured
class OAuthController {

  private static final String PENDING_COOKIE = "waxalert_oauth";
  private static final String COOKIE_PATH = "/auth/discogs";

  private final OAuthSignIn oauth;
  private final Sessions sessions;
  private final boolean secure;

  OAuthController(OAuthSignIn oauth, Sessions sessions, ServiceProperties service) {
    this.oauth = oauth;
    this.sessions = sessions;
    this.secure = service.appUrl().startsWith("https://");
  }

  @Get("/login")
  @Operation(summary = "Start Sign in with Discogs: redirects to Discogs' authorize page (a browser route; one"
      + " Discogs request, counted against the address's sign-in attempts)", security = {})
  @ApiResponse(responseCode = "303", description = "to Discogs' authorize page; the pending sign-in is kept in an"
      + " encrypted HttpOnly cookie (waxalert_oauth) for the callback", headers = @Header(name = "Location",
      schema = @Schema(type = "string", example = "https://www.discogs.com/oauth/authorize?oauth_token=…")))
  @Errors.SignInThrottled
  @Errors.CallsDiscogs
  HttpResponse<?> login(HttpRequest<?> request) {
    OAuthSignIn.Started started = oauth.start(request);
    return HttpResponse.seeOther(URI.create(started.authorizeUrl()))
        .cookie(pendingCookie(started.pending(), OAuthSignIn.PENDING_FOR));
  }

  @Get("/callback")
  @Operation(summary = "Discogs returns here: the user is signed in and sent to the wanted list", security = {})
  @ApiResponse(responseCode = "303", description = "signed in: the session cookie is set and the browser sent to /",
      headers = {@Header(name = "Location", schema = @Schema(type = "string", example = "/")),
          @Header(name = "Set-Cookie", description = "the session cookie", schema = @Schema(type = "string"))})
  @BadRequests.OAuthCallbackInput
  @Refusals.SignInRefused
  @Errors.CallsDiscogs
  HttpResponse<?> callback(@Nullable @QueryValue("oauth_token") String oauthToken,
      @Nullable @QueryValue("oauth_verifier") String verifier,
      @Nullable @CookieValue(PENDING_COOKIE) String pendingCookie) {
    UserAccount account = oauth.finish(oauthToken, verifier, pendingCookie);
    return HttpResponse.seeOther(URI.create("/"))
        .cookie(sessions.cookie(sessions.token(account)))
        .cookie(pendingCookie("", Duration.ZERO));
  }

  private Cookie pendingCookie(String value, Duration maxAge) {
    // Lax: the browser sends it on Discogs' top-level redirect back to the callback
    return Cookie.of(PENDING_COOKIE, value).httpOnly(true).sameSite(SameSite.Lax).path(COOKIE_PATH)
        .secure(secure).maxAge(maxAge);
  }
}
