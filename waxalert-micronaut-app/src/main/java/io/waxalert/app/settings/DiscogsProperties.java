package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
 * @param requestsPerMinute the service's shared request budget a minute, or {@code auto} for
 *     Discogs' own limit (see {@link #effectiveRequestsPerMinute()})
 * @param maxAttempts tries of one request on 429, 5xx and I/O errors
 * @param retryBackoff the client's first wait between two tries
 * @param budgetScope {@code instance}: each instance spends its own {@code requestsPerMinute};
 *     {@code cluster}: all instances on one PostgreSQL database share one budget
 */
@Context
@ConfigurationProperties("waxalert.discogs")
public record DiscogsProperties(
    @HttpUrl(property = "waxalert.discogs.api-url") String apiUrl,
    @HttpUrl(property = "waxalert.discogs.web-url") String webUrl,
    @NotBlank(message = "waxalert.discogs.user-agent must not be empty") String userAgent,
    @Nullable String token,
    @Nullable String consumerKey,
    @Nullable String consumerSecret,
    @Pattern(regexp = "auto|[1-9][0-9]{0,8}",
        message = "waxalert.discogs.requests-per-minute must be a whole number of at least 1, or auto")
    String requestsPerMinute,
    @Min(value = 1, message = "waxalert.discogs.max-attempts must be at least {value}") int maxAttempts,
    @PositiveDuration(property = "waxalert.discogs.retry-backoff") Duration retryBackoff,
    @Pattern(regexp = "instance|cluster", message = "waxalert.discogs.budget-scope must be 'instance' or 'cluster'")
    String budgetScope) {

  /** Discogs' limit per address: 60 requests a minute with authentication, 25 without. */
  static final int AUTHENTICATED_PER_MINUTE = 60;
  static final int ANONYMOUS_PER_MINUTE = 25;

  public DiscogsProperties {
    apiUrl = trimSlash(apiUrl);
    webUrl = trimSlash(webUrl);
    requestsPerMinute = requestsPerMinute.trim().toLowerCase(java.util.Locale.ROOT);
    boolean key = consumerKey != null && !consumerKey.isBlank();
    boolean secret = consumerSecret != null && !consumerSecret.isBlank();
    if (key != secret) {
      // one without the other would silently leave "Sign in with Discogs" off
      throw new IllegalArgumentException("waxalert.discogs.consumer-key and waxalert.discogs.consumer-secret"
          + " must be set together (Sign in with Discogs needs both)");
    }
    budgetScope = budgetScope == null ? null : budgetScope.trim().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * True when all instances share one budget through the database ({@code budget-scope=cluster}).
   *
   * @return true for {@code cluster}
   */
  public boolean clusterBudget() {
    return "cluster".equals(budgetScope);
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

  /** The configured budget, else ({@code auto}) 60 a minute with {@code token} set and 25 without. */
  public int effectiveRequestsPerMinute() {
    if (!requestsPerMinute.equals("auto")) {
      return Integer.parseInt(requestsPerMinute);
    }
    return hasToken() ? AUTHENTICATED_PER_MINUTE : ANONYMOUS_PER_MINUTE;
  }

  private static String trimSlash(String url) {
    return url != null && url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Override
  public String toString() {
    return "DiscogsProperties[apiUrl=" + apiUrl + ", webUrl=" + webUrl + ", requestsPerMinute="
        + effectiveRequestsPerMinute() + ", budgetScope=" + budgetScope + ", token=" + (hasToken() ? "***" : "none")
        + ", oauth=" + oauthEnabled() + "]";
  }
}
