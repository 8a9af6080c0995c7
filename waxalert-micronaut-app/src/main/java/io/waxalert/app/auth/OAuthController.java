package io.waxalert.app.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.waxalert.app.api.ApiException;
import io.waxalert.app.discogs.DiscogsCredentials;
import io.waxalert.app.discogs.DiscogsGateway;
import io.waxalert.app.discogs.DiscogsGateway.OAuthToken;
import io.waxalert.persistence.UserAccount;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * "Sign in with Discogs" (OAuth 1.0a), when a consumer key is configured. The request-token secret
 * stays in this instance's memory for the 15 minutes Discogs gives the user to authorise, so the
 * callback must reach the instance that started the login (one instance with H2 anyway).
 */
@Controller("/auth/discogs")
@Secured(SecurityRule.IS_ANONYMOUS)
class OAuthController {

  private static final Duration PENDING_FOR = Duration.ofMinutes(15);

  private final DiscogsGateway discogs;
  private final SignInService signIn;
  private final Sessions sessions;
  private final Clock clock;
  private final String appUrl;
  private final Map<String, Pending> pending = new ConcurrentHashMap<>();

  OAuthController(DiscogsGateway discogs, SignInService signIn, Sessions sessions, Clock clock,
      @Value("${waxalert.app-url}") String appUrl) {
    this.discogs = discogs;
    this.signIn = signIn;
    this.sessions = sessions;
    this.clock = clock;
    this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
  }

  @Get("/login")
  @Operation(summary = "Start Sign in with Discogs: redirects to Discogs' authorize page")
  HttpResponse<?> login() {
    requireConfigured();
    Instant now = clock.instant();
    pending.values().removeIf(p -> p.expires.isBefore(now));
    OAuthToken requestToken = discogs.requestToken(appUrl + "/auth/discogs/callback");
    pending.put(requestToken.token(), new Pending(requestToken, now.plus(PENDING_FOR)));
    return HttpResponse.seeOther(URI.create(discogs.authorizeUrl(requestToken.token())));
  }

  @Get("/callback")
  @Operation(summary = "Discogs returns here: the user is signed in and sent to the wanted list")
  HttpResponse<?> callback(@Nullable @QueryValue("oauth_token") String oauthToken,
      @Nullable @QueryValue("oauth_verifier") String verifier) {
    requireConfigured();
    if (oauthToken == null || verifier == null) {
      throw ApiException.badRequest(oauthToken == null ? "oauth_token" : "oauth_verifier",
          "missing; start again at /auth/discogs/login");
    }
    Pending started = pending.remove(oauthToken);
    if (started == null || started.expires.isBefore(clock.instant())) {
      throw new ApiException(HttpStatus.BAD_REQUEST,
          "oauth_token: unknown or expired sign-in; start again at /auth/discogs/login", "oauth_token");
    }
    OAuthToken access = discogs.accessToken(started.requestToken, verifier);
    UserAccount account = signIn.signIn(DiscogsCredentials.oauth(access.token(), access.secret()));
    return HttpResponse.seeOther(URI.create("/")).cookie(sessions.cookie(sessions.token(account)));
  }

  private void requireConfigured() {
    if (!discogs.oauthEnabled()) {
      throw new ApiException(HttpStatus.NOT_FOUND, "Sign in with Discogs is not configured on this"
          + " service (waxalert.discogs.consumer-key and consumer-secret); sign in with a personal"
          + " access token at POST /api/auth/token", null);
    }
  }

  private record Pending(OAuthToken requestToken, Instant expires) {}
}
