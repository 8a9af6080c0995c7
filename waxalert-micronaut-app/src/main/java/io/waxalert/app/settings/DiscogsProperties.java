package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code waxalert.discogs.*}: where Discogs is and how the service calls it. Secrets never appear
 * in {@link #toString()}.
 *
 * @param apiUrl Discogs API base URL
 * @param webUrl Discogs site base URL (OAuth authorize page, sell-page links)
 * @param userAgent sent on every request
 * @param token optional service-level personal token for public data
 * @param consumerKey enables "Sign in with Discogs" together with {@code consumerSecret}
 * @param consumerSecret the OAuth consumer secret
 * @param requestsPerMinute the service's shared request budget; unset: Discogs' own limit (see
 *     {@link #effectiveRequestsPerMinute()})
 * @param maxAttempts tries of one request on 429, 5xx and I/O errors
 * @param retryBackoff the client's first wait between two tries
 */
@Context
@ConfigurationProperties("waxalert.discogs")
public record DiscogsProperties(
    @NotNull(message = "waxalert.discogs.api-url must be set")
    @HttpUrl(property = "waxalert.discogs.api-url")
    @Bindable(defaultValue = "https://api.discogs.com") String apiUrl,
    @NotNull(message = "waxalert.discogs.web-url must be set")
    @HttpUrl(property = "waxalert.discogs.web-url")
    @Bindable(defaultValue = "https://www.discogs.com") String webUrl,
    @NotBlank(message = "waxalert.discogs.user-agent must not be empty")
    @Bindable(defaultValue = "WaxAlert/0.1.0 +https://github.com/waxalert/waxalert") String userAgent,
    @Nullable String token,
    @Nullable String consumerKey,
    @Nullable String consumerSecret,
    @Nullable
    @Min(value = 1, message = "waxalert.discogs.requests-per-minute must be at least {value}")
    Integer requestsPerMinute,
    @Min(value = 1, message = "waxalert.discogs.max-attempts must be at least {value}")
    @Bindable(defaultValue = "4") int maxAttempts,
    @NotNull(message = "waxalert.discogs.retry-backoff must be set")
    @PositiveDuration(property = "waxalert.discogs.retry-backoff")
    @Bindable(defaultValue = "1s") Duration retryBackoff) {

  /** Discogs' limit per address: 60 requests a minute with authentication, 25 without. */
  static final int AUTHENTICATED_PER_MINUTE = 60;
  static final int ANONYMOUS_PER_MINUTE = 25;

  public DiscogsProperties {
    apiUrl = trimSlash(apiUrl);
    webUrl = trimSlash(webUrl);
  }

  /** True when both OAuth consumer values are configured. */
  public boolean oauthEnabled() {
    return consumerKey != null && !consumerKey.isBlank()
        && consumerSecret != null && !consumerSecret.isBlank();
  }

  /** True when the service calls Discogs with its own personal token. */
  public boolean hasToken() {
    return token != null && !token.isBlank();
  }

  /** The configured budget, else 60 a minute with {@code token} set and 25 without. */
  public int effectiveRequestsPerMinute() {
    if (requestsPerMinute != null) {
      return requestsPerMinute;
    }
    return hasToken() ? AUTHENTICATED_PER_MINUTE : ANONYMOUS_PER_MINUTE;
  }

  private static String trimSlash(String url) {
    return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Override
  public String toString() {
    return "DiscogsProperties[apiUrl=" + apiUrl + ", webUrl=" + webUrl + ", requestsPerMinute="
        + effectiveRequestsPerMinute() + ", token=" + (hasToken() ? "***" : "none")
        + ", oauth=" + oauthEnabled() + "]";
  }
}
