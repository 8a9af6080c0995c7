package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.app.support.TestSmtp;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code waxalert.monitor.listing-source: sell-page}: single listings, so seller criteria apply. */
@MicronautTest(transactional = false)
class SellPageSourceTest extends ServiceTest {

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.monitor.listing-source", "sell-page");
    p.put("waxalert.discogs.web-url", FakeDiscogs.url());
    p.put("waxalert.monitor.market-max-age", "0s"); // each check reads the page as the test sets it
    return p;
  }

  @Test
  void marketplaceListsTheCopiesForSale() {
    String bearer = signIn("seller-view");
    long id = uniqueReleaseId();
    FakeDiscogs.stats(id, "EUR", "3.00", 2);
    FakeDiscogs.sellPage(id);

    Api.Response market = api().get("/api/releases/" + id + "/marketplace", bearer);

    assertThat(market.status()).as(market.toString()).isEqualTo(200);
    JsonNode listings = market.json().path("listings");
    assertThat(listings).hasSize(2);
    assertThat(listings.get(0).path("price").asText()).isEqualTo("3.00");
    assertThat(listings.get(0).path("condition").asText()).isEqualTo("VG+");
    assertThat(listings.get(0).path("seller_name").asText()).isEqualTo("Shady");
  }

  @Test
  void aSellerBlockedOnTheAccountIsNeverAlertedForAnyEntry() {
    String bearer = signIn("careful");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "3.00", 2);
    FakeDiscogs.sellPage(id);
    api().put("/api/me", bearer, "{\"blocked_sellers\":[\"shady\"]}");
    api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\",\"max_price\":\"10.00\"}");

    JsonNode result = api().post("/api/wanted-list/check-all", bearer, null).json();

    assertThat(result.path("matched").asInt()).isEqualTo(1);
    JsonNode notifications = api().get("/api/notifications", bearer).json().path("notifications");
    assertThat(notifications.findValuesAsText("seller_name")).containsExactly("GoodSeller");
    assertThat(notifications.get(0).path("listing_id").asLong()).isEqualTo(900000002L);
    assertThat(notifications.get(0).path("listing_condition").asText()).isEqualTo("NM");
    // 100.0 % positive, stored as numeric(5,2): shown as the number, as everywhere in the API
    assertThat(notifications.get(0).path("seller_rating").toString()).isEqualTo("100");
  }

  @Test
  void alertsCarryTheListingsShippingAndTotalWhereKnown() {
    String bearer = signIn("shipping");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "3.00", 2);
    FakeDiscogs.sellPage(id);
    api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + id + "\",\"max_price\":\"10.00\"}");

    api().post("/api/wanted-list/check-all", bearer, null);

    JsonNode shady = null;
    for (JsonNode n : api().get("/api/notifications", bearer).json().path("notifications")) {
      if (n.path("seller_name").asText().equals("Shady")) {
        shady = n;
      }
    }
    assertThat(shady).isNotNull();
    assertThat(shady.path("listing_price").asText()).isEqualTo("3.00");
    assertThat(shady.path("listing_shipping").asText()).isEqualTo("4.00");
    assertThat(shady.path("listing_total").asText()).isEqualTo("7.00");
    assertThat(shady.path("verdicts").get(0).path("criterion").asText()).isEqualTo("max_price");
    assertThat(shady.path("verdicts").get(0).path("verdict").asText()).isEqualTo("passed");
    assertThat(shady.path("verdicts").get(0).path("required").asText()).isEqualTo("at most 10.00 EUR");
    assertThat(shady.path("explanation").asText()).startsWith("max price (ok): 3.00 EUR is at most 10.00 EUR");
  }

  @Test
  void aListingsMailHasShippingTotalTheSellersRatingsCountAndABuyLinkAndSaysWhatTheListingDidNotTell()
      throws Exception {
    String username = uniqueName("listingmail");
    String bearer = signInAs(username, "tok-" + username);
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "3.00", 2);
    FakeDiscogs.sellPage(id);
    api().post("/api/wanted-list/add", bearer,
        "{\"release\":\"" + id + "\",\"max_price\":\"5.00\",\"min_condition\":\"VG\",\"min_seller_feedback\":100}");

    JsonNode result = api().post("/api/wanted-list/check-all", bearer, null).json();

    assertThat(result.path("notified").asInt()).as(result.toString()).isEqualTo(1);
    List<MimeMessage> mails = TestSmtp.to(username + "@example.com");
    assertThat(mails).singleElement().satisfies(mail ->
        assertThat(mail.getSubject()).isEqualTo("WaxAlert: Rick Astley – Never Gonna Give You Up for 3.00 EUR"));
    for (String part : TestSmtp.parts(mails.get(0))) {
      assertThat(part).contains("A copy for sale fits your criteria", "3.00 EUR", "4.00 EUR", "7.00 EUR",
          "Very Good Plus (VG+)", "Very Good (VG)", "Shady, 99.1 % positive from 1,234 ratings", "Germany",
          "Vinyl, 7\", Single, 45 RPM", "PB 41447", "Buy it on Discogs",
          FakeDiscogs.url() + "/sell/item/900000001",
          "Media condition: VG+, you asked for at least VG.")
          .doesNotContain("market summary", "Price match", "Lowest price");
    }
  }

  @Test
  void aSellPageBehindARobotCheckFailsTheCheckAndKeepsTheLastKnownMarket() {
    String bearer = signIn("challenged");
    long id = uniqueReleaseId();
    FakeDiscogs.release(id);
    FakeDiscogs.stats(id, "EUR", "3.00", 2);
    FakeDiscogs.sellPage(id);
    String entry = api().post("/api/wanted-list/add", bearer,
        "{\"release\":\"" + id + "\",\"max_price\":\"10.00\"}").json().path("id").asText();
    assertThat(api().post("/api/wanted-list/check-all", bearer, null).json().path("matched").asInt()).isEqualTo(1);
    FakeDiscogs.sellPageChallenged(id);

    JsonNode result = api().post("/api/wanted-list/check-all", bearer, null).json();

    assertThat(result.path("failed").asInt()).as(result.toString()).isEqualTo(1);
    JsonNode after = api().get("/api/wanted-list/" + entry, bearer).json();
    assertThat(after.path("status").asText()).as(after.toString()).isEqualTo("check_failed");
    assertThat(after.path("check_message").asText()).contains("robot check");
    assertThat(after.path("lowest_price").asText()).as("the last figures Discogs gave").isEqualTo("3.00");
    assertThat(after.path("num_for_sale").asInt()).isEqualTo(2);
  }
}
