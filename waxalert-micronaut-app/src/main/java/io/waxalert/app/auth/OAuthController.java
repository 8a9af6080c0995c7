package io.waxalert.app.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.CookieValue;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.settings.DiscogsProperties;
import io.waxalert.app.settings.ServiceProperties;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsOAuthFlow.RequestToken;
import io.waxalert.discogs.DiscogsOAuthFlow;
import io.waxalert.discogs.OAuthSignatureMethod;
import io.waxalert.persistence.UserAccount;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * "Sign in with Discogs" (OAuth 1.0a), when a consumer key is configured. The pending sign-in (the
 * request token, its secret and an expiry) travels in an encrypted, HttpOnly cookie of the browser
 * that started it: the callback works on any instance, and only in that browser.
 */
@Controller("/auth/discogs")
@Secured(SecurityRule.IS_ANONYMOUS)
class OAuthController {

  /** How long Discogs gives the user to authorise. */
  private static final Duration PENDING_FOR = Duration.ofMinutes(15);
  private static final String PENDING_COOKIE = "waxalert_oauth";
  private static final String COOKIE_PATH = "/auth/discogs";

  private final DiscogsClient discogs;
  private final DiscogsProperties settings;
  private final SignInService signIn;
  private final Sessions sessions;
  private final CredentialCipher cipher;
  private final SignInThrottle throttle;
  private final Clock clock;
  private final String appUrl;

  OAuthController(DiscogsClient discogs, DiscogsProperties settings, SignInService signIn, Sessions sessions,
      CredentialCipher cipher, SignInThrottle throttle, Clock clock, ServiceProperties service) {
    this.discogs = discogs;
    this.settings = settings;
    this.signIn = signIn;
    this.sessions = sessions;
    this.cipher = cipher;
    this.throttle = throttle;
    this.clock = clock;
    this.appUrl = service.appUrl();
  }

  @Get("/login")
  @Operation(summary = "Start Sign in with Discogs: redirects to Discogs' authorize page")
  HttpResponse<?> login(HttpRequest<?> request) {
    DiscogsOAuthFlow flow = flow();
    throttle.requireAllowance(request);
    throttle.count(request);
    RequestToken requestToken = flow.requestToken(appUrl + "/auth/discogs/callback");
    Instant expires = clock.instant().plus(PENDING_FOR);
    return HttpResponse.seeOther(URI.create(flow.authorizeUrl(requestToken)))
        .cookie(pendingCookie(seal(requestToken, expires), PENDING_FOR));
  }

  @Get("/callback")
  @Operation(summary = "Discogs returns here: the user is signed in and sent to the wanted list")
  HttpResponse<?> callback(@Nullable @QueryValue("oauth_token") String oauthToken,
      @Nullable @QueryValue("oauth_verifier") String verifier,
      @Nullable @CookieValue(PENDING_COOKIE) String pendingCookie) {
    DiscogsOAuthFlow flow = flow();
    if (oauthToken == null || verifier == null) {
      throw ApiException.badRequest(oauthToken == null ? "oauth_token" : "oauth_verifier",
          "missing; start again at /auth/discogs/login");
    }
    RequestToken requestToken = open(pendingCookie)
        .filter(pending -> pending.token().equals(oauthToken))
        .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "oauth_token: unknown or expired"
            + " sign-in, or started in another browser; start again at /auth/discogs/login", "oauth_token"));
    UserAccount account = signIn.signIn(flow.accessToken(requestToken, verifier));
    return HttpResponse.seeOther(URI.create("/"))
        .cookie(sessions.cookie(sessions.token(account)))
        .cookie(pendingCookie("", Duration.ZERO));
  }

  private String seal(RequestToken requestToken, Instant expires) {
    String plain = expires.getEpochSecond() + "\n" + requestToken.token() + "\n" + requestToken.secret();
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(cipher.seal(plain.getBytes(StandardCharsets.UTF_8)));
  }

  /** The pending request token, if the cookie is ours, unchanged and not expired. */
  private Optional<RequestToken> open(@Nullable String cookie) {
    if (cookie == null || cookie.isBlank()) {
      return Optional.empty();
    }
    try {
      String[] parts = new String(cipher.open(Base64.getUrlDecoder().decode(cookie)), StandardCharsets.UTF_8)
          .split("\n", 3);
      if (parts.length != 3 || Instant.ofEpochSecond(Long.parseLong(parts[0])).isBefore(clock.instant())) {
        return Optional.empty();
      }
      return Optional.of(new RequestToken(parts[1], parts[2]));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private Cookie pendingCookie(String value, Duration maxAge) {
    // Lax: the browser sends it on Discogs' top-level redirect back to the callback
    return Cookie.of(PENDING_COOKIE, value).httpOnly(true).sameSite(SameSite.Lax).path(COOKIE_PATH)
        .secure(appUrl.startsWith("https://")).maxAge(maxAge);
  }

  /** The OAuth flow of the configured consumer key, on the shared client's budget; 404 when there is none. */
  private DiscogsOAuthFlow flow() {
    if (!settings.oauthEnabled()) {
      throw new ApiException(HttpStatus.NOT_FOUND, "Sign in with Discogs is not configured on this"
          + " service (waxalert.discogs.consumer-key and consumer-secret); sign in with a personal"
          + " access token at POST /api/auth/token", null);
    }
    return discogs.oauthFlow(settings.consumerKey(), settings.consumerSecret(), OAuthSignatureMethod.PLAINTEXT);
  }
}
