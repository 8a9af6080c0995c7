package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class ReleasesTest extends ServiceTest {

  @Test
  void searchAnswersDiscogsResultsInContractShape() {
    String bearer = signIn("searcher");
    FakeDiscogs.search("never gonna");

    Api.Response response = api().get("/api/releases/search?q=never%20gonna", bearer);

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode hit = response.json().path("results").get(0);
    assertThat(hit.path("id").asLong()).isEqualTo(249504);
    assertThat(hit.path("title").asText()).isEqualTo("Rick Astley - Never Gonna Give You Up");
    assertThat(hit.path("year").asInt()).isEqualTo(1987);
    assertThat(hit.path("format").asText()).isEqualTo("Vinyl, 7\", Single");
    assertThat(hit.path("thumb").asText()).isEqualTo("https://i.discogs.com/cover-249504-150.jpg");
  }

  @Test
  void searchWithoutAQueryIs400() {
    String bearer = signIn("searcher");

    Api.Response response = api().get("/api/releases/search", bearer);

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().path("field").asText()).isEqualTo("q");
  }

  @Test
  void releaseDetailsComeFromDiscogs() {
    String bearer = signIn("reader");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);

    JsonNode release = api().get("/api/releases/" + id, bearer).json();

    assertThat(release.path("id").asLong()).isEqualTo(id);
    assertThat(release.path("title").asText()).isEqualTo("Never Gonna Give You Up");
    assertThat(release.path("artists").get(0).asText()).isEqualTo("Rick Astley");
    assertThat(release.path("format").asText()).isEqualTo("Vinyl, 7\", Single, 45 RPM");
    assertThat(release.path("cover_image_url").asText()).isEqualTo("https://i.discogs.com/cover-" + id + ".jpg");
    assertThat(release.path("master_id").asLong()).isEqualTo(96559);
  }

  @Test
  void unknownReleaseIs404() {
    String bearer = signIn("reader");
    long id = uniqueReleaseId();
    FakeDiscogs.unknownRelease(id);

    assertThat(api().get("/api/releases/" + id, bearer).status()).isEqualTo(404);
  }

  @Test
  void marketplaceShowsTheLowestPriceAndRecordsNoObservation() {
    String bearer = signIn("market");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "7.679804607882764", 26);
    api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\"}");

    JsonNode market = api().get("/api/releases/" + id + "/marketplace", bearer).json();
    api().get("/api/releases/" + id + "/marketplace", bearer);
    JsonNode history = api().get("/api/releases/" + id + "/price-history", bearer).json();

    assertThat(market.path("lowest_price").asText()).isEqualTo("7.68");
    assertThat(market.path("currency").asText()).isEqualTo("EUR");
    assertThat(market.path("num_for_sale").asInt()).isEqualTo(26);
    assertThat(market.path("listings")).isEmpty();
    assertThat(history.path("observations")).as("look-ups are not history").isEmpty();
  }

  @Test
  void priceHistoryHoldsTheMonitorsChecksOfWatchedReleasesOnly() {
    String watcher = signIn("watcher");
    String other = signIn("nosy");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "9.50", 4);
    api().post("/api/wanted-list/add", watcher, "{\"release\":\"" + id + "\"}");
    api().get("/api/releases/" + id + "/marketplace", other);

    api().post("/api/wanted-list/check-all", watcher, null);
    JsonNode history = api().get("/api/releases/" + id + "/price-history", watcher).json();
    Api.Response notWatched = api().get("/api/releases/" + id + "/price-history", other);
    Api.Response unknown = api().get("/api/releases/" + uniqueReleaseId() + "/price-history", other);

    assertThat(history.path("observations")).hasSize(1);
    assertThat(history.path("observations").get(0).path("lowest_price").asText()).isEqualTo("9.50");
    assertThat(notWatched.status()).isEqualTo(404);
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(notWatched.json().path("message").asText().replace(String.valueOf(id), "ID"))
        .as("another user's release looks exactly like an unknown one")
        .isEqualTo(unknown.json().path("message").asText().replaceAll("\\d{6,}", "ID"));
  }

  @Test
  void aReleaseOfAWatchedMasterHasItsHistory() {
    String bearer = signIn("masterwatch");
    long master = 96_000 + uniqueReleaseId() % 1000;
    FakeDiscogs.master(master);
    Api.Response added = api().post("/api/wanted-list/add", bearer, "{\"release\":\"[m" + master + "]\"}");
    assertThat(added.status()).as(added.toString()).isEqualTo(201);

    assertThat(api().get("/api/releases/249505/price-history", bearer).status()).isEqualTo(200);
    assertThat(api().get("/api/releases/" + uniqueReleaseId() + "/price-history", bearer).status()).isEqualTo(404);
  }

  @Test
  void marketplaceWithNothingForSaleHasNoPrice() {
    String bearer = signIn("market");
    long id = uniqueReleaseId();
    FakeDiscogs.nothingForSale(id);

    JsonNode market = api().get("/api/releases/" + id + "/marketplace", bearer).json();

    assertThat(market.path("lowest_price").isNull()).isTrue();
    assertThat(market.path("num_for_sale").isNull()).isTrue();
  }
}
