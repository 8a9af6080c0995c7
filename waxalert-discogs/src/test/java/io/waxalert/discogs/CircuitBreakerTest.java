package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.model.Currency;
import io.waxalert.core.spi.ListingSourceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** While Discogs is down the client stops spending requests, and one probe decides when it resumes. */
@WireMockTest
class CircuitBreakerTest {

  private static final String STATS = "/marketplace/stats/1001";
  private static final Instant START = Instant.parse("2026-11-25T17:03:00Z");

  private final FakeTime time = new FakeTime(START);

  private DiscogsClient client(WireMockRuntimeInfo wm) {
    return DiscogsClient.create(TestConfigs.fast(wm).maxAttempts(1).circuitFailureThreshold(3)
        .circuitOpenWait(Duration.ofMinutes(2)).clock(time).sleeper(time).build());
  }

  @Test
  void opensAfterConsecutiveServerErrorsAndRefusesWithoutARequest(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(500).withBody("<html>oops</html>")));
    DiscogsClient client = client(wm);

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
          .isExactlyInstanceOf(DiscogsUnavailableException.class);
    }
    verify(3, anyRequestedFor(anyUrl()));

    assertThatThrownBy(() -> client.as(DiscogsCredentials.personalToken("t")).release(1001))
        .isInstanceOfSatisfying(DiscogsCircuitOpenException.class, e -> {
          assertThat(e.until()).isEqualTo(START.plus(Duration.ofMinutes(2)));
          assertThat(e.collectorMessage()).isEqualTo("Discogs is not answering; checks pause until 17:05 UTC");
        });
    verify(3, anyRequestedFor(anyUrl()));
  }

  @Test
  void aSuccessfulProbeAfterTheWaitClosesTheCircuit(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(502)));
    DiscogsClient client = client(wm);
    for (int i = 0; i < 3; i++) {
      catchThrowable(() -> client.marketStats(1001, Currency.EUR));
    }
    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR)).isInstanceOf(DiscogsCircuitOpenException.class);

    time.advance(Duration.ofMinutes(2).plusSeconds(1));
    stubFor(get(urlPathEqualTo(STATS)).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));

    assertThat(client.marketStats(1001, Currency.EUR).numForSale()).isEqualTo(7);
    assertThat(client.marketStats(1001, Currency.EUR).numForSale()).isEqualTo(7);
    verify(5, anyRequestedFor(anyUrl()));
  }

  @Test
  void aFailedProbeOpensTheCircuitAgain(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(503)));
    DiscogsClient client = client(wm);
    for (int i = 0; i < 3; i++) {
      catchThrowable(() -> client.marketStats(1001, Currency.EUR));
    }
    time.advance(Duration.ofMinutes(2).plusSeconds(1));

    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isExactlyInstanceOf(DiscogsUnavailableException.class);
    assertThatThrownBy(() -> client.marketStats(1001, Currency.EUR))
        .isInstanceOfSatisfying(DiscogsCircuitOpenException.class,
            e -> assertThat(e.until()).isAfter(START.plus(Duration.ofMinutes(4))));
    verify(4, anyRequestedFor(anyUrl()));
  }

  @Test
  void aSellPageRefusedWhileOpenSaysUntilWhenInCollectorWords(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(STATS)).willReturn(aResponse().withStatus(500)));
    DiscogsClient client = client(wm);
    for (int i = 0; i < 3; i++) {
      catchThrowable(() -> client.marketStats(1001, Currency.EUR));
    }

    assertThatThrownBy(() -> new SellPageListingSource(client).listings(1001, Currency.EUR))
        .isInstanceOfSatisfying(SellPageException.class, e -> {
          assertThat(e.reason()).isEqualTo(SellPageException.Reason.UNAVAILABLE);
          assertThat(e.getMessage()).isEqualTo("the listings of release 1001 could not be read: Discogs' website did"
              + " not answer (requests to Discogs pause until 17:05 UTC)");
        });
    verify(3, anyRequestedFor(anyUrl()));
  }

  @Test
  void answersThatShowDiscogsIsUpNeverOpenIt(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/releases/999")).willReturn(aResponse().withStatus(404)
        .withBody("{\"message\": \"Release not found.\"}")));
    DiscogsClient client = client(wm);

    for (int i = 0; i < 6; i++) {
      assertThatThrownBy(() -> client.release(999)).isInstanceOf(DiscogsNotFoundException.class);
    }
    verify(6, anyRequestedFor(anyUrl()));
  }

  @Test
  void anOutageCostsAFewRequestsAndEveryCheckFailsInCollectorWords(WireMockRuntimeInfo wm) {
    stubFor(get(anyUrl()).willReturn(aResponse().withStatus(500).withHeader("Content-Type", "text/html")
        .withBody("<html><body><h1>500 Internal Server Error</h1></body></html>")));
    // the defaults: 2 attempts a call, 5 failures in a row open the circuit
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).clock(time).sleeper(time).build());
    StatsListingSource source = new StatsListingSource(client);

    List<String> messages = new ArrayList<>();
    for (long release = 1; release <= 7; release++) {
      long id = release;
      Throwable thrown = catchThrowable(() -> source.stats(id, Currency.EUR));
      assertThat(thrown).isInstanceOf(ListingSourceException.class);
      messages.add(thrown.getMessage());
    }

    verify(5, anyRequestedFor(anyUrl()));
    assertThat(messages.get(0)).isEqualTo("the market stats of release 1 could not be read: Discogs did not answer"
        + " (a server error, 500); WaxAlert tries again at the next check");
    assertThat(messages.get(6)).isEqualTo("the market stats of release 7 could not be read: Discogs is not"
        + " answering; checks pause until 17:05 UTC");
    assertThat(messages).allSatisfy(m -> assertThat(m).doesNotContainIgnoringCase("http")
        .doesNotContain("GET", "HTML", "127.0.0.1", "/marketplace"));
  }
}
