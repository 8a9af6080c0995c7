package io.waxalert.app.auth;

import io.micronaut.context.annotation.Value;
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
import io.waxalert.app.api.ApiException;
import io.waxalert.app.discogs.DiscogsCredentials;
import io.waxalert.app.discogs.DiscogsGateway;
import io.waxalert.app.discogs.DiscogsGateway.OAuthToken;
import io.waxalert.persistence.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
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

  private final DiscogsGateway discogs;
  private final SignInService signIn;
  private final Sessions sessions;
  private final CredentialCipher cipher;
  private final SignInThrottle throttle;
  private final Clock clock;
  private final String appUrl;

  OAuthController(DiscogsGateway discogs, SignInService signIn, Sessions sessions,
      CredentialCipher cipher, SignInThrottle throttle, Clock clock,
      @Value("${waxalert.app-url}") String appUrl) {
    this.discogs = discogs;
    this.signIn = signIn;
    this.sessions = sessions;
    this.cipher = cipher;
    this.throttle = throttle;
    this.clock = clock;
    this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
  }

  @Get("/login")
  @Operation(summary = "Start Sign in with Discogs: redirects to Discogs' authorize page")
  HttpResponse<?> login(HttpRequest<?> request) {
    requireConfigured();
    throttle.requireAllowance(request);
    throttle.count(request);
    OAuthToken requestToken = discogs.requestToken(appUrl + "/auth/discogs/callback");
    Instant expires = clock.instant().plus(PENDING_FOR);
    return HttpResponse.seeOther(URI.create(discogs.authorizeUrl(requestToken.token())))
        .cookie(pendingCookie(seal(requestToken, expires), PENDING_FOR));
  }

  @Get("/callback")
  @Operation(summary = "Discogs returns here: the user is signed in and sent to the wanted list")
  HttpResponse<?> callback(@Nullable @QueryValue("oauth_token") String oauthToken,
      @Nullable @QueryValue("oauth_verifier") String verifier,
      @Nullable @CookieValue(PENDING_COOKIE) String pendingCookie) {
    requireConfigured();
    if (oauthToken == null || verifier == null) {
      throw ApiException.badRequest(oauthToken == null ? "oauth_token" : "oauth_verifier",
          "missing; start again at /auth/discogs/login");
    }
    OAuthToken requestToken = open(pendingCookie)
        .filter(pending -> pending.token().equals(oauthToken))
        .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "oauth_token: unknown or expired"
            + " sign-in, or started in another browser; start again at /auth/discogs/login", "oauth_token"));
    OAuthToken access = discogs.accessToken(requestToken, verifier);
    UserAccount account = signIn.signIn(DiscogsCredentials.oauth(access.token(), access.secret()));
    return HttpResponse.seeOther(URI.create("/"))
        .cookie(sessions.cookie(sessions.token(account)))
        .cookie(pendingCookie("", Duration.ZERO));
  }

  private String seal(OAuthToken requestToken, Instant expires) {
    String plain = expires.getEpochSecond() + "\n" + requestToken.token() + "\n" + requestToken.secret();
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(cipher.seal(plain.getBytes(StandardCharsets.UTF_8)));
  }

  /** The pending request token, if the cookie is ours, unchanged and not expired. */
  private Optional<OAuthToken> open(@Nullable String cookie) {
    if (cookie == null || cookie.isBlank()) {
      return Optional.empty();
    }
    try {
      String[] parts = new String(cipher.open(Base64.getUrlDecoder().decode(cookie)), StandardCharsets.UTF_8)
          .split("\n", 3);
      if (parts.length != 3 || Instant.ofEpochSecond(Long.parseLong(parts[0])).isBefore(clock.instant())) {
        return Optional.empty();
      }
      return Optional.of(new OAuthToken(parts[1], parts[2]));
    } catch (IllegalArgumentException | IllegalStateException e) {
      return Optional.empty();
    }
  }

  private Cookie pendingCookie(String value, Duration maxAge) {
    // Lax: the browser sends it on Discogs' top-level redirect back to the callback
    return Cookie.of(PENDING_COOKIE, value).httpOnly(true).sameSite(SameSite.Lax).path(COOKIE_PATH)
        .secure(appUrl.startsWith("https://")).maxAge(maxAge);
  }

  private void requireConfigured() {
    if (!discogs.oauthEnabled()) {
      throw new ApiException(HttpStatus.NOT_FOUND, "Sign in with Discogs is not configured on this"
          + " service (waxalert.discogs.consumer-key and consumer-secret); sign in with a personal"
          + " access token at POST /api/auth/token", null);
    }
  }
}
