package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Issue 12: the user's country decides; sell-page rows unavailable there are never alerted. */
@MicronautTest(transactional = false)
class BuyerCountryTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.monitor.listing-source", "sell-page");
    p.put("waxalert.discogs.web-url", FakeDiscogs.url());
    return p;
  }

  private Map<String, JsonNode> alertsBySeller(String bearer, long release, String unavailableIn) {
    FakeDiscogs.release(release);
    FakeDiscogs.stats(release, "EUR", "3.00", 2);
    FakeDiscogs.sellPageWithFirstRowUnavailableIn(release, unavailableIn);
    api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + release + "\",\"max_price\":\"10.00\"}");
    api().post("/api/wanted-list/check-all", bearer, null);
    Map<String, JsonNode> bySeller = new HashMap<>();
    for (JsonNode n : api().get("/api/notifications", bearer).json().path("notifications")) {
      bySeller.put(n.path("seller_name").asText(), n);
    }
    return bySeller;
  }

  private static JsonNode shipsTo(JsonNode alert) {
    for (JsonNode v : alert.path("verdicts")) {
      if (v.path("criterion").asText().equals("ships_to")) {
        return v;
      }
    }
    throw new AssertionError("no ships_to verdict in " + alert);
  }

  @Test
  void aListingUnavailableInTheUsersCountryIsNeverAlerted() {
    String bearer = signIn("in-germany");
    api().put("/api/me", bearer, "{\"country\":\"Germany\"}");

    Map<String, JsonNode> alerts = alertsBySeller(bearer, uniqueReleaseId(), "Germany");

    assertThat(alerts).containsOnlyKeys("GoodSeller");
    JsonNode verdict = shipsTo(alerts.get("GoodSeller"));
    assertThat(verdict.path("verdict").asText()).isEqualTo("passed");
    assertThat(verdict.path("reason").asText()).isEqualTo("Discogs shows no restriction");
  }

  @Test
  void aNoteForAnotherCountryAlertsWithTheCriterionNotJudged() {
    String bearer = signIn("in-austria");
    api().put("/api/me", bearer, "{\"country\":\"AT\"}");

    Map<String, JsonNode> alerts = alertsBySeller(bearer, uniqueReleaseId(), "Germany");

    assertThat(alerts).containsOnlyKeys("GoodSeller", "Shady");
    JsonNode verdict = shipsTo(alerts.get("Shady"));
    assertThat(verdict.path("verdict").asText()).isEqualTo("not_judged");
    assertThat(verdict.path("reason").asText()).contains("visitor from Germany").contains("Austria");
  }

  @Test
  void withoutACountryTheNoteIsNotJudgedAtAll() {
    String bearer = signIn("no-country");

    Map<String, JsonNode> alerts = alertsBySeller(bearer, uniqueReleaseId(), "Germany");

    assertThat(alerts).containsOnlyKeys("GoodSeller", "Shady");
    assertThat(alerts.get("Shady").path("verdicts").findValuesAsText("criterion")).doesNotContain("ships_to");
  }
}
