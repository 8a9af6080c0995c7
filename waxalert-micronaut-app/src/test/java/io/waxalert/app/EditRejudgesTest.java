package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * An edit judges the entry again at once against its last market figures (no Discogs request), and
 * an entry says how old those figures are and when it last alerted.
 */
@MicronautTest(transactional = false)
class EditRejudgesTest extends ServiceTest {

  @Test
  void loweringTheMaximumBelowTheLowestPriceShowsMonitoringAtOnceAndRaisingItMatchesAgain() {
    String bearer = signIn("rejudge");
    long release = uniqueReleaseId();
    FakeDiscogs.release(release);
    FakeDiscogs.stats(release, "EUR", "12.50", 4);
    String id = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + release + "\",\"max_price\":\"25.00\"}")
        .json().path("id").asText();
    api().post("/api/wanted-list/check-all", bearer, null);
    JsonNode checked = api().get("/api/wanted-list/" + id, bearer).json();
    assertThat(checked.path("status").asText()).isEqualTo("price_matched");
    int statsRequests = FakeDiscogs.statsRequests(release);

    Api.Response lowered = api().put("/api/wanted-list/" + id, bearer, "{\"max_price\":\"10.00\"}");

    assertThat(lowered.json().path("status").asText()).isEqualTo("monitoring");
    assertThat(lowered.json().path("last_checked").asText()).as("not a check").isEqualTo(checked.path("last_checked").asText());
    assertThat(lowered.json().path("lowest_price").asText()).isEqualTo("12.50");
    assertThat(api().get("/api/wanted-list", bearer).json().path("entries").get(0).path("status").asText())
        .isEqualTo("monitoring");
    Api.Response raised = api().put("/api/wanted-list/" + id, bearer, "{\"max_price\":\"12.50\"}");
    assertThat(raised.json().path("status").asText()).isEqualTo("price_matched");
    assertThat(FakeDiscogs.statsRequests(release)).as("no Discogs request").isEqualTo(statsRequests);
  }

  @Test
  void aCheckThatReusedRecentMarketDataSaysHowOldItIsAndTheEntrySaysWhenItLastAlerted() throws Exception {
    String bearer = signIn("freshness");
    long release = uniqueReleaseId();
    FakeDiscogs.release(release);
    FakeDiscogs.stats(release, "EUR", "12.50", 4);
    String id = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + release + "\",\"max_price\":\"25.00\"}")
        .json().path("id").asText();
    api().post("/api/wanted-list/check-all", bearer, null);
    JsonNode first = api().get("/api/wanted-list/" + id, bearer).json();
    Thread.sleep(20);

    api().post("/api/wanted-list/check-all", bearer, null);

    JsonNode second = api().get("/api/wanted-list/" + id, bearer).json();
    // a fresh fetch: read from Discogs within the check (its stamp is the fetch's own moment)
    Instant firstFetched = Instant.parse(first.path("market_fetched_at").asText());
    Instant firstChecked = Instant.parse(first.path("last_checked").asText());
    assertThat(firstFetched).isBetween(firstChecked.minusSeconds(5), firstChecked.plusSeconds(5));
    assertThat(Instant.parse(second.path("last_checked").asText()))
        .isAfter(Instant.parse(first.path("last_checked").asText()));
    assertThat(second.path("market_fetched_at").asText()).as("the market cache's fetch, reused")
        .isEqualTo(first.path("market_fetched_at").asText());
    assertThat(second.path("last_alert_at").asText()).isNotBlank();
    assertThat(Instant.parse(second.path("last_alert_at").asText()))
        .isBeforeOrEqualTo(Instant.parse(second.path("last_checked").asText()));
  }
}
