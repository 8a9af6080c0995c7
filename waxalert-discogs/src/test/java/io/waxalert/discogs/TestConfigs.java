package io.waxalert.discogs;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import java.time.Duration;

/** Client settings for WireMock tests: local URLs, a budget too big to slow tests, tiny backoffs. */
final class TestConfigs {

  private TestConfigs() {}

  static DiscogsClientConfig.Builder fast(WireMockRuntimeInfo wm) {
    return DiscogsClientConfig.builder()
        .apiBaseUrl(wm.getHttpBaseUrl())
        .webBaseUrl(wm.getHttpBaseUrl())
        .requestsPerWindow(60_000)
        .retryBackoff(Duration.ofMillis(1))
        .maxRetryBackoff(Duration.ofMillis(5))
        .rateLimitedBackoff(Duration.ofMillis(10))
        .lowRemainingPause(Duration.ofMillis(1))
        .readTimeout(Duration.ofSeconds(2));
  }

  static DiscogsClient client(WireMockRuntimeInfo wm) {
    return DiscogsClient.create(fast(wm).build());
  }
}
