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

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MarketStats;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@WireMockTest
class DiscogsClientErrorsTest {

  private static final String STATS = "/marketplace/stats/1001";

  @Test
  void notFoundCarriesStatusAndDiscogsMessage(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/releases/999")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json").withBody("{\"message\": \"Release not found.\"}")));

    assertThatThrownBy(() -> TestConfigs.client(wm).release(999))
        .isInstanceOfSatisfying(DiscogsNotFoundException.class, e -> {
          assertThat(e.status()).isEqualTo(404);
          assertThat(e.discogsMessage()).isEqualTo("Release not found.");
          assertThat(e.getMessage()).contains("404", "/releases/999", "Release not found.");
        });
  }

  @Test
  void recordedNotFoundBodyOfStatsMapsToNotFound(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/marketplace/stats/1")).willReturn(aResponse().withStatus(404)
        .withBody(Fixtures.shared("marketplace-stats-404-not-found.json"))));

    assertThatThrownBy(() -> TestConfigs.client(wm).marketStats(1, Currency.USD))
        .isInstanceOfSatisfying(DiscogsNotFoundException.class,
            e -> assertThat(e.discogsMessage()).isEqualTo("Release not found."));
  }

  @Test
  void recordedPageOutOfRangeBodyKeepsDiscogsMessage(WireMockRuntimeInfo wm) {
    // The recording has no status; 404 is assumed here. The walker never asks past the last page.
    stubFor(get(urlPathEqualTo("/users/someone/wants")).willReturn(aResponse().withStatus(404)
        .withBody(Fixtures.shared("wantlist-page-out-of-range-error.json"))));

    assertThatThrownBy(() -> TestConfigs.client(wm).wantlist("someone").findFirst())
        .isInstanceOfSatisfying(DiscogsException.class,
            e -> assertThat(e.discogsMessage()).isEqualTo("Page 4 is outside of valid range [1, 1]."));
  }

  @Test
  void unauthorizedIsTyped(WireMockRuntimeInfo wm) {
    stubFor(get("/oauth/identity").willReturn(aResponse().withStatus(401)
        .withHeader("WWW-Authenticate", "OAuth realm=\"https://api.discogs.com\"")
        .withBody("{\"message\": \"You must authenticate to access this resource.\"}")));

    assertThatThrownBy(() -> TestConfigs.client(wm).identity())
        .isInstanceOfSatisfying(DiscogsUnauthorizedException.class, e -> {
          assertThat(e.status()).isEqualTo(401);
          assertThat(e.discogsMessage()).isEqualTo("You must authenticate to access this resource.");
        });
  }

  @Test
  void htmlErrorBodyGivesTypedErrorWithoutDiscogsMessage(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(403)
        .withHeader("Content-Type", "text/html")
        .withBody("<!DOCTYPE html><html><head><title>Just a moment...</title></head><body></body></html>")));

    assertThatThrownBy(() -> TestConfigs.client(wm).marketStats(1001, Currency.EUR))
        .isInstanceOfSatisfying(DiscogsUnauthorizedException.class, e -> {
          assertThat(e.status()).isEqualTo(403);
          assertThat(e.discogsMessage()).isNull();
          assertThat(e.getMessage()).contains("HTML body", "Cloudflare");
        });
  }

  @Test
  void otherClientErrorsAreTheRootTypeWithTheirStatus(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/users/shop/inventory")).willReturn(aResponse().withStatus(422)
        .withBody("{\"message\": \"Invalid status: expected one of All, Deleted.\"}")));

    assertThatThrownBy(() -> TestConfigs.client(wm).inventory("shop").findFirst())
        .isExactlyInstanceOf(DiscogsException.class)
        .satisfies(e -> assertThat(((DiscogsException) e).status()).isEqualTo(422));
  }

  @Test
  void serverErrorIsRetriedThenSucceeds(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).inScenario("flaky").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(503)).willSetStateTo("recovered"));
    stubFor(get(urlPathEqualTo(STATS)).inScenario("flaky").whenScenarioStateIs("recovered")
        .willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));

    MarketStats stats = TestConfigs.client(wm).marketStats(1001, Currency.EUR);

    assertThat(stats.numForSale()).isEqualTo(7);
    verify(2, getRequestedFor(urlPathEqualTo(STATS)));
  }

  @Test
  void persistentServerErrorWithEmptyBodyGivesUnavailableAfterBoundedAttempts(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(502)));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).maxAttempts(3).build());

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOfSatisfying(DiscogsUnavailableException.class, e -> {
          assertThat(e.status()).isEqualTo(502);
          assertThat(e.getMessage()).contains("empty body");
        });
    verify(3, getRequestedFor(urlPathEqualTo(STATS)));
  }

  @Test
  void serverErrorWithHtmlBodyIsDescribedNotParsed(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(500)
        .withHeader("Content-Type", "text/html").withBody("<html><body><h1>500 Internal Server Error</h1></body></html>")));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).maxAttempts(2).build());

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOfSatisfying(DiscogsUnavailableException.class, e -> {
          assertThat(e.status()).isEqualTo(500);
          assertThat(e.discogsMessage()).isNull();
          assertThat(e.getMessage()).contains("HTML body");
        });
  }

  @Test
  void rateLimitedOnceThenAnsweredSucceedsAfterWaitingOneBackoff(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).inScenario("429").whenScenarioStateIs(Scenario.STARTED)
        .willReturn(aResponse().withStatus(429).withHeader("X-Discogs-Ratelimit-Remaining", "0"))
        .willSetStateTo("ok"));
    stubFor(get(urlPathEqualTo(STATS)).inScenario("429").whenScenarioStateIs("ok")
        .willReturn(okJson(Fixtures.own("stats-1001-eur.json")).withHeader("X-Discogs-Ratelimit-Remaining", "40")));
    RecordingSleeper sleeper = new RecordingSleeper();
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .rateLimitedBackoff(Duration.ofSeconds(60)).sleeper(sleeper).build());

    MarketStats stats = client.marketStats(1001, Currency.EUR);

    assertThat(stats.lowestPrice()).isNotNull();
    assertThat(sleeper.waits).anySatisfy(w -> assertThat(w).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(60)));
    assertThat(client.rateLimitStats().rateLimitedResponses()).isEqualTo(1);
    assertThat(client.rateLimitStats().requests()).isEqualTo(2);
    assertThat(client.rateLimitStats().lastRemaining()).hasValue(40);
  }

  @Test
  void persistentRateLimitGivesRateLimitedExceptionAfterBoundedRetries(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(429)
        .withBody("{\"message\": \"You are making requests too quickly.\"}")));
    RecordingSleeper sleeper = new RecordingSleeper();
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).maxAttempts(3).sleeper(sleeper).build());

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOfSatisfying(DiscogsRateLimitedException.class, e -> {
          assertThat(e.status()).isEqualTo(429);
          assertThat(e.discogsMessage()).isEqualTo("You are making requests too quickly.");
          assertThat(e.suggestedWait()).isEqualTo(Duration.ofMillis(10));
        });
    verify(3, getRequestedFor(urlPathEqualTo(STATS)));
    assertThat(client.rateLimitStats().rateLimitedResponses()).isEqualTo(3);
  }

  @Test
  void connectionResetIsRetriedThenUnavailable(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).maxAttempts(2).build());

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOf(DiscogsUnavailableException.class)
        .hasMessageContaining("no answer from Discogs");
    // Two attempts through the limiter; the JDK's HttpURLConnection may resend a GET once more
    // inside one attempt after a reset, which no feign.Client can see.
    assertThat(client.rateLimitStats().requests()).isEqualTo(2);
  }

  @Test
  void readTimeoutGivesUnavailable(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(okJson("{}").withFixedDelay(1_000)));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .readTimeout(Duration.ofMillis(200)).maxAttempts(1).build());

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOf(DiscogsUnavailableException.class)
        .satisfies(e -> assertThat(((DiscogsException) e).status()).isZero());
  }
}
