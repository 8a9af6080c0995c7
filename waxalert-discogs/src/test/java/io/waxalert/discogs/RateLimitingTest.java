package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.model.Currency;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@WireMockTest
class RateLimitingTest {

  private static final String STATS = "/marketplace/stats/1001";

  @Test
  void permitsAreSpreadEvenlyOverTheWindowForAllThreads(WireMockRuntimeInfo wm) throws Exception {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));
    // 600 per minute: one permit every 100 ms, shared by every caller of the client.
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).requestsPerWindow(600).build());
    ExecutorService pool = Executors.newFixedThreadPool(3);
    long start = System.nanoTime();
    try {
      List<Future<?>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(pool.submit(() -> client.marketStats(1001, Currency.EUR)));
      }
      for (Future<?> call : calls) {
        call.get();
      }
    } finally {
      pool.shutdown();
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(450));
    assertThat(client.rateLimitStats().requests()).isEqualTo(6);
  }

  @Test
  void lowRemainingBudgetHoldsTheNextRequestBack(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))
        .withHeader("X-Discogs-Ratelimit", "60").withHeader("X-Discogs-Ratelimit-Used", "58")
        .withHeader("X-Discogs-Ratelimit-Remaining", "2")));
    RecordingSleeper sleeper = new RecordingSleeper();
    Clock clock = Clock.fixed(Instant.parse("2026-11-24T12:00:00Z"), ZoneOffset.UTC);
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .lowRemainingPause(Duration.ofSeconds(3)).clock(clock).sleeper(sleeper).build());

    client.marketStats(1001, Currency.EUR);
    assertThat(sleeper.waits).noneMatch(w -> w.compareTo(Duration.ofSeconds(1)) > 0);
    assertThat(client.rateLimitStats().holdUntil()).isEqualTo(Instant.parse("2026-11-24T12:00:03Z"));
    assertThat(client.rateLimitStats().lastRemaining()).hasValue(2);

    client.marketStats(1001, Currency.EUR);
    assertThat(sleeper.waits).contains(Duration.ofSeconds(3));
  }

  @Test
  void comfortableRemainingBudgetDoesNotHoldBack(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))
        .withHeader("X-Discogs-Ratelimit-Remaining", "3")));
    RecordingSleeper sleeper = new RecordingSleeper();
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .lowRemainingPause(Duration.ofSeconds(3)).sleeper(sleeper).build());

    client.marketStats(1001, Currency.EUR);
    client.marketStats(1001, Currency.EUR);

    assertThat(client.rateLimitStats().holdUntil()).isNull();
    assertThat(sleeper.waits).noneMatch(w -> w.compareTo(Duration.ofSeconds(1)) >= 0);
  }

  @Test
  void statsStartEmpty() {
    RateLimitStats stats = DiscogsClient.create().rateLimitStats();
    assertThat(stats.requests()).isZero();
    assertThat(stats.lastRemaining()).isEmpty();
    assertThat(stats.holdUntil()).isNull();
  }
}
