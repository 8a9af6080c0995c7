package io.waxalert.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * {@code waxalert.discogs.*}: where Discogs is and how the service calls it.
 *
 * @param apiUrl Discogs API base URL
 * @param webUrl Discogs site base URL (OAuth authorize page, sell-page links)
 * @param userAgent sent on every request
 * @param token optional service-level personal token for public data
 * @param consumerKey enables "Sign in with Discogs" together with {@code consumerSecret}
 * @param consumerSecret the OAuth consumer secret
 * @param requestsPerMinute the service's shared request budget
 */
@ConfigurationProperties("waxalert.discogs")
public record DiscogsProperties(
    @Bindable(defaultValue = "https://api.discogs.com") String apiUrl,
    @Bindable(defaultValue = "https://www.discogs.com") String webUrl,
    @Bindable(defaultValue = "WaxAlert/0.1.0 +https://github.com/waxalert/waxalert") String userAgent,
    @Nullable String token,
    @Nullable String consumerKey,
    @Nullable String consumerSecret,
    @Bindable(defaultValue = "60") int requestsPerMinute) {

  public DiscogsProperties {
    apiUrl = trimSlash(apiUrl);
    webUrl = trimSlash(webUrl);
    if (requestsPerMinute < 1) {
      throw new IllegalArgumentException("waxalert.discogs.requests-per-minute must be at least 1");
    }
  }

  /** True when both OAuth consumer values are configured. */
  public boolean oauthEnabled() {
    return consumerKey != null && !consumerKey.isBlank()
        && consumerSecret != null && !consumerSecret.isBlank();
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  @Override
  public String toString() {
    return "DiscogsProperties[apiUrl=" + apiUrl + ", webUrl=" + webUrl + ", requestsPerMinute="
        + requestsPerMinute + ", oauth=" + oauthEnabled() + "]";
  }
}
