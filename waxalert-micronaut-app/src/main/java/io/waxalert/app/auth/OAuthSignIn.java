package io.waxalert.app.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.settings.DiscogsProperties;
import io.waxalert.app.settings.ServiceProperties;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsOAuthFlow.RequestToken;
import io.waxalert.discogs.DiscogsOAuthFlow;
import io.waxalert.discogs.OAuthSignatureMethod;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * "Sign in with Discogs" (OAuth 1.0a) as two use cases: {@link #start} takes a request token and
 * seals it, with its secret and an expiry, for the browser's cookie; {@link #finish} opens that
 * cookie, trades the verifier for an access token and signs the user in. So the callback works on
 * any instance, and only in the browser that started it.
 */
@Singleton
class OAuthSignIn {

  /** How long Discogs gives the user to authorise. */
  static final Duration PENDING_FOR = Duration.ofMinutes(15);

  /** Where to send the browser, and the sealed pending sign-in for its cookie. */
  record Started(String authorizeUrl, String pending) {}

  private final DiscogsClient discogs;
  private final DiscogsProperties settings;
  private final SignInService signIn;
  private final CredentialCipher cipher;
  private final SignInThrottle throttle;
  private final Clock clock;
  private final String callbackUrl;

  OAuthSignIn(DiscogsClient discogs, DiscogsProperties settings, SignInService signIn, CredentialCipher cipher,
      SignInThrottle throttle, Clock clock, ServiceProperties service) {
    this.discogs = discogs;
    this.settings = settings;
    this.signIn = signIn;
    this.cipher = cipher;
    this.throttle = throttle;
    this.clock = clock;
    this.callbackUrl = service.appUrl() + "/auth/discogs/callback";
  }

  /** Every start costs a Discogs request, so it counts against the client's sign-in allowance. */
  Started start(HttpRequest<?> request) {
    DiscogsOAuthFlow flow = flow();
    throttle.take(throttle.client(request));
    RequestToken requestToken = flow.requestToken(callbackUrl);
    return new Started(flow.authorizeUrl(requestToken), seal(requestToken, clock.instant().plus(PENDING_FOR)));
  }

  /** The signed-in account; 400 naming the parameter when the callback does not fit a pending sign-in. */
  UserAccount finish(@Nullable String oauthToken, @Nullable String verifier, @Nullable String pending) {
    DiscogsOAuthFlow flow = flow();
    if (oauthToken == null || verifier == null) {
      throw ApiException.badRequest(oauthToken == null ? "oauth_token" : "oauth_verifier",
          "is missing; start again with \"Sign in with Discogs\"");
    }
    RequestToken requestToken = open(pending)
        .filter(token -> token.token().equals(oauthToken))
        .orElseThrow(() -> new ApiException(HttpStatus.BAD_REQUEST, "This Discogs sign-in has expired or was"
            + " started in another browser; start again with \"Sign in with Discogs\".", "oauth_token"));
    return signIn.signIn(flow.accessToken(requestToken, verifier));
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
