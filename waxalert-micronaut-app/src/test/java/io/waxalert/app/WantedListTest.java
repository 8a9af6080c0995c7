package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import org.junit.jupiter.api.Test;

@MicronautTest(transactional = false)
class WantedListTest extends ServiceTest {

  private JsonNode add(String bearer, String body) {
    Api.Response response = api().post("/api/wanted-list/add", bearer, body);
    assertThat(response.status()).as(response.toString()).isEqualTo(201);
    return response.json();
  }

  @Test
  void addingAReleaseUrlFetchesItsDetailsAndAnswersTheEntryInContractShape() {
    String bearer = signIn("adder");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);

    JsonNode entry = add(bearer, "{\"release\":\"https://www.discogs.com/release/" + id
        + "-Rick-Astley-Never-Gonna-Give-You-Up\",\"max_price\":25,\"max_price_currency\":\"EUR\","
        + "\"min_condition\":\"Very Good Plus (VG+)\",\"min_sleeve_condition\":\"VG\","
        + "\"location_filter\":[\"Germany\"],\"min_seller_rating\":98.5,\"underpriced_percentage\":30}");

    assertThat(entry.path("id").asText()).hasSize(36);
    assertThat(entry.path("discogs_release_id").asLong()).isEqualTo(id);
    assertThat(entry.path("discogs_master_id").isNull()).isTrue();
    assertThat(entry.path("release_title").asText()).isEqualTo("Never Gonna Give You Up");
    assertThat(entry.path("artist_name").asText()).isEqualTo("Rick Astley");
    assertThat(entry.path("release_year").asInt()).isEqualTo(1987);
    assertThat(entry.path("release_format").asText()).isEqualTo("Vinyl, 7\", Single, 45 RPM");
    assertThat(entry.path("cover_image_url").asText()).isEqualTo("https://i.discogs.com/cover-" + id + ".jpg");
    assertThat(entry.path("max_price").asText()).isEqualTo("25.00");
    assertThat(entry.path("max_price").isTextual()).isTrue();
    assertThat(entry.path("max_price_currency").asText()).isEqualTo("EUR");
    assertThat(entry.path("min_condition").asText()).isEqualTo("VG+");
    assertThat(entry.path("min_sleeve_condition").asText()).isEqualTo("VG");
    assertThat(entry.path("location_filter").get(0).asText()).isEqualTo("Germany");
    assertThat(entry.path("min_seller_rating").decimalValue()).isEqualByComparingTo("98.5");
    assertThat(entry.path("underpriced_percentage").asInt()).isEqualTo(30);
    assertThat(entry.path("is_active").asBoolean()).isTrue();
    assertThat(entry.path("status").asText()).isEqualTo("monitoring");
    assertThat(entry.path("last_checked").isNull()).isTrue();
    assertThat(entry.path("created_at").asText()).endsWith("Z");
  }

  @Test
  void addingAMasterWatchesEveryReleaseOfTheFormat() {
    String bearer = signIn("master");
    FakeDiscogs.master(96559);

    JsonNode entry = add(bearer, "{\"release\":\"[m96559]\",\"format_filter\":\"Vinyl\"}");

    assertThat(entry.path("discogs_master_id").asLong()).isEqualTo(96559);
    assertThat(entry.path("discogs_release_id").isNull()).isTrue();
    assertThat(entry.path("format_filter").asText()).isEqualTo("Vinyl");
    assertThat(entry.path("release_title").asText()).isEqualTo("Never Gonna Give You Up");
    assertThat(entry.path("cover_image_url").asText()).isEqualTo("https://i.discogs.com/master-96559.jpg");
  }

  @Test
  void aReleaseAlreadyOnTheListAnswers409AndAddsNothing() {
    String bearer = signIn("dup");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    add(bearer, "{\"release\":\"" + id + "\"}");

    Api.Response again = api().post("/api/wanted-list/add", bearer, "{\"release\":\"[r" + id + "]\"}");

    assertThat(again.status()).isEqualTo(409);
    assertThat(again.json().path("message").asText()).isEqualTo("That release is already on your wanted list.");
    assertThat(api().get("/api/wanted-list", bearer).json().path("entries")).hasSize(1);
    assertThat(FakeDiscogs.releaseRequests(id)).as("the duplicate is refused before Discogs is asked").isEqualTo(1);
  }

  @Test
  void aReleaseDiscogsDoesNotKnowAnswers404AndAddsNothing() {
    String bearer = signIn("unknown");
    long id = uniqueReleaseId();
    FakeDiscogs.unknownRelease(id);

    Api.Response response = api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\"}");

    assertThat(response.status()).isEqualTo(404);
    assertThat(response.json().path("field").asText()).isEqualTo("release");
    var entries = api().get("/api/wanted-list", bearer).json().get("entries");
    assertThat(entries).as("an empty list is [], not a missing key").isNotNull();
    assertThat(entries.isArray()).isTrue();
    assertThat(entries).isEmpty();
  }

  @Test
  void listGetUpdateToggleAndDeleteWorkOnTheCallersEntry() {
    String bearer = signIn("crud");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    var added = add(bearer, "{\"release\":\"" + id + "\",\"max_price\":\"10.00\"}");
    String entryId = added.path("id").asText();

    assertThat(api().get("/api/wanted-list", bearer).json().path("entries")).hasSize(1);
    assertThat(api().get("/api/wanted-list/" + entryId, bearer).json().path("max_price").asText())
        .isEqualTo("10.00");

    Api.Response updated = api().put("/api/wanted-list/" + entryId, bearer,
        "{\"max_price\":\"12.5\",\"min_condition\":\"NM\",\"location_filter\":[\"France\",\"Spain\"]}");
    assertThat(updated.status()).as(updated.toString()).isEqualTo(200);
    assertThat(updated.json().path("max_price").asText()).isEqualTo("12.50");
    assertThat(updated.json().path("min_condition").asText()).isEqualTo("NM");
    assertThat(updated.json().path("location_filter")).hasSize(2);
    assertThat(updated.json().path("created_at").asText()).isEqualTo(added.path("created_at").asText());
    assertThat(java.time.Instant.parse(updated.json().path("updated_at").asText()))
        .isAfter(java.time.Instant.parse(added.path("updated_at").asText()));

    Api.Response perfectSellers = api().put("/api/wanted-list/" + entryId, bearer, "{\"min_seller_rating\":100.0}");
    assertThat(perfectSellers.text()).contains("\"min_seller_rating\":100,");

    Api.Response cleared = api().put("/api/wanted-list/" + entryId, bearer, "{\"max_price\":null}");
    assertThat(cleared.json().path("max_price").isNull()).isTrue();
    assertThat(cleared.json().path("min_condition").asText()).isEqualTo("NM");

    Api.Response paused = api().post("/api/wanted-list/" + entryId + "/toggle", bearer, null);
    assertThat(paused.json().path("is_active").asBoolean()).isFalse();
    Api.Response resumed = api().post("/api/wanted-list/" + entryId + "/toggle", bearer, null);
    assertThat(resumed.json().path("is_active").asBoolean()).isTrue();

    assertThat(api().delete("/api/wanted-list/" + entryId, bearer).status()).isEqualTo(204);
    assertThat(api().get("/api/wanted-list/" + entryId, bearer).status()).isEqualTo(404);
    assertThat(api().delete("/api/wanted-list/" + entryId, bearer).status()).isEqualTo(404);
  }

  @Test
  void anotherUserCannotReadChangeOrDeleteTheEntry() {
    String owner = signIn("owner");
    String intruder = signIn("intruder");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    String entryId = add(owner, "{\"release\":\"" + id + "\"}").path("id").asText();
    String unknownId = "00000000-0000-0000-0000-00000000abcd";

    Api.Response read = api().get("/api/wanted-list/" + entryId, intruder);
    Api.Response readUnknown = api().get("/api/wanted-list/" + unknownId, intruder);
    assertThat(read.status()).isEqualTo(404);
    assertThat(read.text()).isEqualTo(readUnknown.text().replace(unknownId, entryId));
    assertThat(api().put("/api/wanted-list/" + entryId, intruder, "{\"max_price\":1}").status()).isEqualTo(404);
    assertThat(api().post("/api/wanted-list/" + entryId + "/toggle", intruder, null).status()).isEqualTo(404);
    assertThat(api().get("/api/wanted-list/" + entryId + "/notifications", intruder).status()).isEqualTo(404);
    assertThat(api().delete("/api/wanted-list/" + entryId, intruder).status()).isEqualTo(404);
    assertThat(api().get("/api/wanted-list", intruder).json().path("entries")).isEmpty();

    JsonNode untouched = api().get("/api/wanted-list/" + entryId, owner).json();
    assertThat(untouched.path("max_price").isNull()).isTrue();
    assertThat(untouched.path("is_active").asBoolean()).isTrue();
  }

  @Test
  void checkAllMarksAPriceMatchFromMarketStatsAndRecordsTheNotification() {
    String bearer = signIn("checker");
    long cheap = uniqueReleaseId();
    long dear = uniqueReleaseId();
    long broken = uniqueReleaseId();
    for (long id : new long[] {cheap, dear, broken}) {
      FakeDiscogs.release(id);
    }
    FakeDiscogs.stats(cheap, "EUR", "12.499", 4);
    FakeDiscogs.stats(dear, "EUR", "80.00", 2);
    FakeDiscogs.statsFailing(broken);
    String cheapId = add(bearer, "{\"release\":\"" + cheap + "\",\"max_price\":\"25.00\"}").path("id").asText();
    add(bearer, "{\"release\":\"" + dear + "\",\"max_price\":\"25.00\"}");
    add(bearer, "{\"release\":\"" + broken + "\",\"max_price\":\"25.00\"}");

    Api.Response result = api().post("/api/wanted-list/check-all", bearer, null);

    assertThat(result.status()).as(result.toString()).isEqualTo(200);
    assertThat(result.json().path("checked").asInt()).isEqualTo(3);
    assertThat(result.json().path("matched").asInt()).isEqualTo(1);
    assertThat(result.json().path("notified").asInt()).isEqualTo(1);
    assertThat(result.json().path("failed").asInt()).isEqualTo(1);
    JsonNode entry = api().get("/api/wanted-list/" + cheapId, bearer).json();
    assertThat(entry.path("status").asText()).isEqualTo("price_matched");
    assertThat(entry.path("lowest_price").asText()).isEqualTo("12.50");
    assertThat(entry.path("num_for_sale").asInt()).isEqualTo(4);
    assertThat(entry.path("last_checked").asText()).isNotBlank();
    JsonNode statuses = api().get("/api/wanted-list", bearer).json().path("entries");
    assertThat(statuses.findValuesAsText("status"))
        .containsExactlyInAnyOrder("price_matched", "monitoring", "check_failed");

    JsonNode notifications = api().get("/api/notifications", bearer).json().path("notifications");
    assertThat(notifications).hasSize(1);
    JsonNode alert = notifications.get(0);
    assertThat(alert.path("wanted_list_entry_id").asText()).isEqualTo(cheapId);
    assertThat(alert.path("notification_type").asText()).isEqualTo("price_matched");
    assertThat(alert.path("listing_price").asText()).isEqualTo("12.50");
    assertThat(alert.path("listing_currency").asText()).isEqualTo("EUR");
    assertThat(alert.path("listing_url").asText()).isEqualTo("https://www.discogs.test/sell/release/" + cheap);
    assertThat(alert.path("email_sent_at").asText()).isNotBlank();
    assertThat(api().get("/api/wanted-list/" + cheapId + "/notifications", bearer).json()
        .path("notifications")).hasSize(1);

    Api.Response again = api().post("/api/wanted-list/check-all", bearer, null);
    assertThat(again.json().path("notified").asInt()).isZero();

    assertThat(api().delete("/api/wanted-list/" + cheapId, bearer).status()).isEqualTo(204);
    assertThat(api().get("/api/notifications", bearer).json().path("notifications")).isEmpty();
  }

  @Test
  void blockedSellersOfTheAccountApplyToEveryEntry() {
    String bearer = signIn("blocker");
    Api.Response me = api().put("/api/me", bearer, "{\"blocked_sellers\":[\"Shady\"]}");

    assertThat(me.json().path("blocked_sellers").get(0).asText()).isEqualTo("Shady");
  }

  @Test
  void pausedEntriesAreNotChecked() {
    String bearer = signIn("pauser");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "1.00", 1);
    String entryId = add(bearer, "{\"release\":\"" + id + "\",\"max_price\":5,\"is_active\":false}")
        .path("id").asText();

    JsonNode result = api().post("/api/wanted-list/check-all", bearer, null).json();

    assertThat(result.path("checked").asInt()).isZero();
    assertThat(api().get("/api/wanted-list/" + entryId, bearer).json().path("status").asText())
        .isEqualTo("monitoring");
  }

  @Test
  void importAddsTheDiscogsWantlistAndSkipsWhatIsAlreadyListed() {
    String username = uniqueName("importer");
    String bearer = signInAs(username, "tok-" + username);
    long first = uniqueReleaseId();
    long second = uniqueReleaseId();
    FakeDiscogs.release(first);
    FakeDiscogs.wantlist(username, first, second);
    add(bearer, "{\"release\":\"" + first + "\"}");

    Api.Response result = api().post("/api/wanted-list/import", bearer, null);

    assertThat(result.status()).as(result.toString()).isEqualTo(200);
    assertThat(result.json().path("imported").asInt()).isEqualTo(1);
    assertThat(result.json().path("skipped").asInt()).isEqualTo(1);
    JsonNode entries = api().get("/api/wanted-list", bearer).json().path("entries");
    assertThat(entries.findValuesAsText("release_title")).contains("Thieves Like Us");
    assertThat(entries.findValuesAsText("artist_name")).contains("New Order");
  }

  @Test
  void exportGivesTheListAsCsvAndJson() {
    String bearer = signIn("exporter");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    add(bearer, "{\"release\":\"" + id + "\",\"max_price\":7.5,\"location_filter\":[\"Germany\",\"Austria\"]}");

    Api.Response csv = api().get("/api/wanted-list/export?format=csv", bearer);
    Api.Response json = api().get("/api/wanted-list/export?format=json", bearer);
    Api.Response bad = api().get("/api/wanted-list/export?format=xml", bearer);

    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
    assertThat(csv.text().lines()).hasSize(2);
    assertThat(csv.text()).startsWith("id,discogs_release_id").contains("," + id + ",", "7.50", "Austria;Germany");
    assertThat(csv.text().lines().findFirst().orElseThrow()).contains(",price_basis,");
    assertThat(json.json().path("entries").get(0).path("max_price").asText()).isEqualTo("7.50");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("field").asText()).isEqualTo("format");
  }
}
