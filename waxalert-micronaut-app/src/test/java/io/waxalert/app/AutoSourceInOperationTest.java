package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code waxalert.monitor.listing-source: auto} in operation (issue 12): a sell page behind
 * Cloudflare's challenge gives a stats alert saying what was not verified, backs off (no request
 * while it does), and shows in the entry's status detail, on {@code /prometheus} and in the
 * marketplace route's note.
 */
@MicronautTest(transactional = false)
class AutoSourceInOperationTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.monitor.listing-source", "auto");
    p.put("waxalert.discogs.web-url", FakeDiscogs.url());
    return p;
  }

  @Test
  void aChallengedSellPageGivesAStatsAlertBacksOffAndSaysSoInTheEntry() {
    String bearer = signIn("auto");
    long challenged = uniqueReleaseId();
    long priceOnly = uniqueReleaseId();
    for (long release : new long[] {challenged, priceOnly}) {
      FakeDiscogs.release(release);
      FakeDiscogs.stats(release, "EUR", "3.00", 2);
      FakeDiscogs.sellPageChallenged(release);
    }
    String graded = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + challenged
        + "\",\"max_price\":\"10.00\",\"min_condition\":\"VG\"}").json().path("id").asText();
    String plain = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + priceOnly
        + "\",\"max_price\":\"10.00\"}").json().path("id").asText();

    JsonNode first = api().post("/api/wanted-list/check-all", bearer, null).json();
    JsonNode second = api().post("/api/wanted-list/check-all", bearer, null).json();

    assertThat(first.path("matched").asInt()).isEqualTo(2);
    assertThat(second.path("failed").asInt()).isZero();
    // one read of the page, then none while it backs off; never one for the entry without listing criteria
    assertThat(FakeDiscogs.sellPageRequests(challenged)).isEqualTo(1);
    assertThat(FakeDiscogs.sellPageRequests(priceOnly)).isZero();
    JsonNode alert = api().get("/api/wanted-list/" + graded + "/notifications", bearer).json()
        .path("notifications").get(0);
    assertThat(alert.path("notification_type").asText()).isEqualTo("price_matched");
    assertThat(alert.path("unverified_because").asText()).contains("robot check");
    JsonNode entry = api().get("/api/wanted-list/" + graded, bearer).json();
    assertThat(entry.path("status").asText()).isEqualTo("price_matched");
    assertThat(entry.path("status_detail").asText())
        .startsWith("Discogs' sell page could not be read (Cloudflare challenge); the listing criteria were not"
            + " verified; next try at ")
        .endsWith(" UTC");
    assertThat(api().get("/api/wanted-list/" + plain, bearer).json().path("status_detail").isNull()).isTrue();

    String metrics = api().get("/prometheus", null).text();
    assertThat(metrics).containsPattern("(?m)^waxalert_sellpage_backing_off(\\{[^}]*})? [1-9]")
        .containsPattern("(?m)^waxalert_sellpage_failures_total\\{[^}]*reason=\"challenge\"[^}]*} [1-9]")
        .containsPattern("(?m)^waxalert_sellpage_skipped_total(\\{[^}]*})? [1-9]")
        .contains("waxalert_sellpage_reads_total");
  }

  @Test
  void theMarketplaceAnswersTheStatsWithANoteWhenTheListingsCannotBeRead() {
    String bearer = signIn("auto-market");
    long release = uniqueReleaseId();
    FakeDiscogs.stats(release, "EUR", "4.50", 3);
    FakeDiscogs.sellPageChallenged(release);

    Api.Response market = api().get("/api/releases/" + release + "/marketplace", bearer);

    assertThat(market.status()).as(market.toString()).isEqualTo(200);
    assertThat(market.json().path("lowest_price").asText()).isEqualTo("4.50");
    assertThat(market.json().path("num_for_sale").asInt()).isEqualTo(3);
    assertThat(market.json().path("listings")).isEmpty();
    assertThat(market.json().path("listings_note").asText()).contains("robot check").contains("next try after");
  }

  @Test
  void aReadablePageGivesTheListingsWithoutANote() {
    String bearer = signIn("auto-ok");
    long release = uniqueReleaseId();
    FakeDiscogs.stats(release, "EUR", "3.00", 2);
    FakeDiscogs.sellPage(release);

    JsonNode market = api().get("/api/releases/" + release + "/marketplace", bearer).json();

    assertThat(market.path("listings")).hasSize(2);
    assertThat(market.path("listings_note").isNull()).isTrue();
  }
}
