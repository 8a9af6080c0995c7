package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.discogs.internal.Wording;
import io.waxalert.core.model.Currency;
import io.waxalert.core.spi.ListingSourceException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a collector reads when a check could not be made: what happened, no URL, verb or body; the log keeps those. */
@WireMockTest
class CollectorMessagesTest {

  private final FakeTime time = new FakeTime(Instant.parse("2026-11-25T17:03:00Z"));

  private ListingSourceException statsFailure(WireMockRuntimeInfo wm, ResponseDefinitionBuilder answer) {
    stubFor(get(anyUrl()).willReturn(answer));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm).maxAttempts(1).readTimeout(Duration.ofMillis(300))
        .rateLimitedBackoff(Duration.ofSeconds(60)).clock(time).sleeper(time).build());
    Throwable thrown = catchThrowable(() -> new StatsListingSource(client).stats(249504, Currency.EUR));
    assertThat(thrown).isInstanceOf(ListingSourceException.class);
    return (ListingSourceException) thrown;
  }

  @Test
  void eachSituationHasItsOwnWordsAndTheOperatorKeepsTheRequest(WireMockRuntimeInfo wm) {
    String prefix = "the market stats of release 249504 could not be read: ";
    List<Object[]> cases = List.of(
        new Object[] {aResponse().withStatus(500).withHeader("Content-Type", "text/html").withBody("<html>500</html>"),
            prefix + "Discogs did not answer (a server error, 500); WaxAlert tries again at the next check"},
        new Object[] {aResponse().withStatus(429).withHeader("Retry-After", "150")
            .withBody("{\"message\": \"You are making requests too quickly.\"}"),
            prefix + "Discogs asked WaxAlert to slow down (too many requests); WaxAlert waits 2½ minutes, then tries"
                + " again at the next check"},
        new Object[] {aResponse().withStatus(429),
            prefix + "Discogs asked WaxAlert to slow down (too many requests); WaxAlert waits 1 minute, then tries"
                + " again at the next check"},
        new Object[] {aResponse().withStatus(404).withBody("{\"message\": \"Release not found.\"}"),
            "Discogs has no release 249504; check the release number"},
        new Object[] {aResponse().withStatus(403).withBody("<html><title>Just a moment...</title></html>"),
            prefix + "Discogs refused access (403); WaxAlert tries again at the next check"},
        new Object[] {aResponse().withStatus(200).withBody("<html>not json</html>"),
            prefix + "Discogs answered with something WaxAlert cannot read (Discogs may have changed it); WaxAlert"
                + " tries again at the next check"},
        new Object[] {aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
            prefix + "Discogs could not be reached; WaxAlert tries again at the next check"},
        new Object[] {aResponse().withStatus(200).withBody("{}").withFixedDelay(1_000),
            prefix + "Discogs did not answer in time; WaxAlert tries again at the next check"});

    for (Object[] c : cases) {
      ListingSourceException e = statsFailure(wm, (ResponseDefinitionBuilder) c[0]);
      assertThat(e.getMessage()).isEqualTo((String) c[1]).doesNotContainIgnoringCase("http")
          .doesNotContain("GET", "HTML", "127.0.0.1", "/marketplace", "body");
      assertThat(e.getCause()).isInstanceOf(DiscogsException.class);
      assertThat(e.getCause().getMessage()).contains("/marketplace/stats/249504");
    }
  }

  @Test
  void waitsReadAsACollectorWouldSayThem() {
    assertThat(Wording.wait(Duration.ofMillis(10))).isEqualTo("1 second");
    assertThat(Wording.wait(Duration.ofSeconds(45))).isEqualTo("45 seconds");
    assertThat(Wording.wait(Duration.ofSeconds(60))).isEqualTo("1 minute");
    assertThat(Wording.wait(Duration.ofSeconds(90))).isEqualTo("1½ minutes");
    assertThat(Wording.wait(Duration.ofSeconds(150))).isEqualTo("2½ minutes");
    assertThat(Wording.wait(Duration.ofMinutes(15))).isEqualTo("15 minutes");
  }
}
