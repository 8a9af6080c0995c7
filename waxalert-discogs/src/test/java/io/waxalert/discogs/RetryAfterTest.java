package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.waxalert.core.model.Currency;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Discogs' Retry-After on 429 and 503 holds back every request of the client, capped. */
@WireMockTest
class RetryAfterTest {

  private static final String STATS = "/marketplace/stats/1001";
  private static final Instant START = Instant.parse("2026-11-25T12:00:00Z");

  private final FakeTime time = new FakeTime(START);

  private DiscogsClient client(WireMockRuntimeInfo wm) {
    return DiscogsClient.create(TestConfigs.fast(wm).rateLimitedBackoff(Duration.ofSeconds(60))
        .maxRetryBackoff(Duration.ofSeconds(30)).clock(time).sleeper(time).build());
  }

  @Test
  void longRetryAfterFailsTheCallAtOnceAndHoldsBackTheNextRequestOfAnyCall(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "150")
        .withBody("{\"message\": \"You are making requests too quickly.\"}")));
    stubFor(get(urlPathEqualTo("/releases/1001")).willReturn(okJson(Fixtures.own("release-1001.json"))));
    DiscogsClient client = client(wm);

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOfSatisfying(DiscogsRateLimitedException.class,
            e -> assertThat(e.suggestedWait()).isEqualTo(Duration.ofSeconds(150)));
    verify(1, getRequestedFor(urlPathEqualTo(STATS)));
    assertThat(time.slept()).isLessThan(Duration.ofSeconds(1));
    assertThat(client.rateLimitStats().holdUntil()).isEqualTo(START.plusSeconds(150));

    client.as(DiscogsCredentials.personalToken("other")).release(1001);

    assertThat(time.instant()).isAfterOrEqualTo(START.plusSeconds(150));
    assertThat(time.waits).anySatisfy(w -> assertThat(w).isGreaterThanOrEqualTo(Duration.ofSeconds(149)));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(429)
        .withHeader("Retry-After", "Wed, 25 Nov 2026 12:03:00 GMT")));
    DiscogsClient client = client(wm);

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOfSatisfying(DiscogsRateLimitedException.class,
            e -> assertThat(e.suggestedWait()).isEqualTo(Duration.ofMinutes(3)));
    assertThat(client.rateLimitStats().holdUntil()).isEqualTo(START.plusSeconds(180));
  }

  @Test
  void retryAfterIsCappedAtTheConfiguredMaximum(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(429).withHeader("Retry-After", "86400")));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).maxRetryAfter(Duration.ofMinutes(15))
        .clock(time).sleeper(time).build());

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOfSatisfying(DiscogsRateLimitedException.class,
            e -> assertThat(e.suggestedWait()).isEqualTo(Duration.ofMinutes(15)));
    assertThat(client.rateLimitStats().holdUntil()).isEqualTo(START.plus(Duration.ofMinutes(15)));
  }

  @Test
  void shortRetryAfterIsSatOutOnceAndTheCallSucceeds(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")).willSetStateTo("ok"));
    stubFor(get(urlPathEqualTo(STATS)).inScenario("429").whenScenarioStateIs("ok")
        .willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));
    DiscogsClient client = client(wm);

    assertThat(client.marketStats(1001, Currency.EUR).numForSale()).isEqualTo(7);

    verify(2, getRequestedFor(urlPathEqualTo(STATS)));
    // the Retry-After, not the 60-second default
    assertThat(time.slept()).isBetween(Duration.ofSeconds(30), Duration.ofSeconds(31));
  }

  @Test
  void serviceUnavailableWithRetryAfterHoldsBackTheNextRequest(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(503).withHeader("Retry-After", "120")));
    stubFor(get(urlPathEqualTo("/releases/1001")).willReturn(okJson(Fixtures.own("release-1001.json"))));
    DiscogsClient client = client(wm);

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR)).isInstanceOf(DiscogsUnavailableException.class);
    verify(1, getRequestedFor(urlPathEqualTo(STATS)));

    client.release(1001);
    assertThat(time.instant()).isAfterOrEqualTo(START.plusSeconds(120));
  }

  @Test
  void rateLimitWithoutRetryAfterHoldsOneDefaultBackoff(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(429)));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).maxAttempts(1)
        .rateLimitedBackoff(Duration.ofSeconds(60)).clock(time).sleeper(time).build());

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOfSatisfying(DiscogsRateLimitedException.class,
            e -> assertThat(e.suggestedWait()).isEqualTo(Duration.ofSeconds(60)));
    assertThat(client.rateLimitStats().holdUntil()).isEqualTo(START.plusSeconds(60));
  }
}
