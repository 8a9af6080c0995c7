package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** Importing the Discogs wantlist asks for default criteria or imports paused: it never floods the inbox. */
@MicronautTest(transactional = false)
class WantlistImportTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.put("waxalert.monitor.market-max-age", "0s"); // each check-all sees the market as the test sets it
    return p;
  }

  private record Collector(String username, String bearer, long first, long second) {}

  private Collector withWantlist(String prefix) {
    String username = uniqueName(prefix);
    String bearer = signInAs(username, "tok-" + username);
    long first = uniqueReleaseId();
    long second = uniqueReleaseId();
    FakeDiscogs.wantlist(username, first, second);
    FakeDiscogs.stats(first, "EUR", "9.00", 12);
    FakeDiscogs.stats(second, "EUR", "30.00", 3);
    return new Collector(username, bearer, first, second);
  }

  private List<JsonNode> entries(String bearer) {
    return StreamSupport.stream(api().get("/api/wanted-list", bearer).json().path("entries").spliterator(), false)
        .toList();
  }

  @Test
  void withoutDefaultsTheImportedEntriesArePausedAndNothingIsChecked() {
    Collector c = withWantlist("impplain");

    Api.Response result = api().post("/api/wanted-list/import", c.bearer(), null);

    assertThat(result.status()).as(result.toString()).isEqualTo(200);
    assertThat(result.json().path("imported").asInt()).isEqualTo(2);
    assertThat(result.json().path("skipped").asInt()).isZero();
    assertThat(result.json().path("paused").asBoolean()).isTrue();
    assertThat(entries(c.bearer())).allSatisfy(e -> assertThat(e.path("is_active").asBoolean()).isFalse());
    assertThat(entries(c.bearer())).extracting(e -> e.path("catalog_number").asText(null))
        .containsExactlyInAnyOrder("FAC 73", null);
    JsonNode checked = api().post("/api/wanted-list/check-all", c.bearer(), null).json();
    assertThat(checked.path("checked").asInt()).isZero();
    assertThat(api().get("/api/notifications", c.bearer()).json().path("notifications")).isEmpty();
  }

  @Test
  void defaultCriteriaGoOnEveryImportedEntryWhichIsThenCheckedAgainstThem() {
    Collector c = withWantlist("impdefaults");

    Api.Response result = api().post("/api/wanted-list/import", c.bearer(),
        "{\"max_price\":\"20.00\",\"max_price_currency\":\"EUR\",\"min_condition\":\"VG+\"}");

    assertThat(result.json().path("imported").asInt()).isEqualTo(2);
    assertThat(result.json().path("paused").asBoolean()).isFalse();
    assertThat(entries(c.bearer())).allSatisfy(e -> {
      assertThat(e.path("is_active").asBoolean()).isTrue();
      assertThat(e.path("max_price").asText()).isEqualTo("20.00");
      assertThat(e.path("min_condition").asText()).isEqualTo("VG+");
    });
    JsonNode checked = api().post("/api/wanted-list/check-all", c.bearer(), null).json();
    assertThat(checked.path("checked").asInt()).isEqualTo(2);
    assertThat(checked.path("matched").asInt()).as("only the 9.00 one is within 20.00").isEqualTo(1);
    assertThat(api().get("/api/notifications", c.bearer()).json().path("notifications")).hasSize(1);
  }

  @Test
  void defaultsCanBeImportedPausedAndABadDefaultImportsNothing() {
    Collector c = withWantlist("imppaused");

    Api.Response bad = api().post("/api/wanted-list/import", c.bearer(), "{\"max_price\":-1}");
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.json().path("field").asText()).isEqualTo("max_price");
    assertThat(entries(c.bearer())).isEmpty();

    Api.Response paused = api().post("/api/wanted-list/import", c.bearer(),
        "{\"max_price\":\"15.00\",\"paused\":true}");

    assertThat(paused.json().path("paused").asBoolean()).isTrue();
    assertThat(entries(c.bearer())).allSatisfy(e -> {
      assertThat(e.path("is_active").asBoolean()).isFalse();
      assertThat(e.path("max_price").asText()).isEqualTo("15.00");
    });
    Api.Response again = api().post("/api/wanted-list/import", c.bearer(), "{\"paused\":true}");
    assertThat(again.json().path("imported").asInt()).isZero();
    assertThat(again.json().path("skipped").asInt()).isEqualTo(2);
  }

  @Test
  void anActiveEntryWithoutCriteriaAlertsOnlyWhenItsReleaseComesUpForSale() {
    Collector c = withWantlist("impavail");
    api().post("/api/wanted-list/import", c.bearer(), "{\"paused\":false}");

    JsonNode first = api().post("/api/wanted-list/check-all", c.bearer(), null).json();
    assertThat(first.path("checked").asInt()).isEqualTo(2);
    assertThat(first.path("matched").asInt()).as("nothing asked, nothing matched").isZero();
    assertThat(first.path("notified").asInt()).as("no alert at any price").isZero();
    assertThat(entries(c.bearer())).extracting(e -> e.path("status").asText()).containsOnly("monitoring");

    FakeDiscogs.nothingForSale(c.first());
    api().post("/api/wanted-list/check-all", c.bearer(), null);
    FakeDiscogs.stats(c.first(), "EUR", "11.00", 1);
    JsonNode back = api().post("/api/wanted-list/check-all", c.bearer(), null).json();

    assertThat(back.path("notified").asInt()).isEqualTo(1);
    JsonNode alert = api().get("/api/notifications", c.bearer()).json().path("notifications").get(0);
    assertThat(alert.path("notification_type").asText()).isEqualTo("for_sale");
    assertThat(alert.path("listing_price").asText()).isEqualTo("11.00");
    assertThat(alert.path("explanation").asText()).contains("none were for sale at the previous check");
  }
}
