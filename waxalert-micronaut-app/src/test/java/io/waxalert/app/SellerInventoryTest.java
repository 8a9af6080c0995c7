package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.sellers.SellerChecks;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.FakeInventories;
import io.waxalert.app.support.FakeInventories.Item;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.core.sellers.SellerCheckReport;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 end to end: a followed shop's paged inventory changes between checks (new listings on
 * top, sold ones gone); the checks read only down to the first page of known listings, alert each
 * fitting listing once per entry, and bundles follow what the shop offers.
 */
@MicronautTest(transactional = false)
class SellerInventoryTest extends ServiceTest {

  @Inject
  SellerChecks checks;

  private long want(String bearer, String maxPrice) {
    long release = uniqueReleaseId();
    FakeDiscogs.release(release);
    String body = "{\"release\": \"" + release + "\", \"max_price\": \"" + maxPrice + "\"}";
    assertThat(api().post("/api/wanted-list/add", bearer, body).status()).isEqualTo(201);
    return release;
  }

  private SellerCheckReport check(String seller) {
    int before = FakeInventories.requests(seller);
    SellerCheckReport report = checks.check(seller);
    assertThat(FakeInventories.requests(seller) - before).as("requests counted by the fake Discogs")
        .isEqualTo(report.requests());
    return report;
  }

  private List<String> alertedListings(String bearer) {
    return api().get("/api/notifications", bearer).json().path("notifications").findValuesAsText("listing_id");
  }

  @Test
  void checksReadDownToTheFirstSeenPageAlertOncePerListingAndABundleAppearsWithASecondWant() {
    String bearer = signIn("digger");
    String seller = uniqueName("BigShop");
    long first = want(bearer, "10.00");
    long second = want(bearer, "12.00");
    List<Item> shop = new ArrayList<>(FakeInventories.filler(6_000_000, 250));
    shop.set(230, Item.of(5_900_001, first, "8.00")); // an old listing on the third page
    shop.set(231, Item.of(5_900_002, first, "30.00")); // too dear: never alerted
    FakeInventories.list(seller, shop);
    assertThat(api().post("/api/sellers", bearer, "{\"username\": \"" + seller + "\"}").status()).isEqualTo(201);

    SellerCheckReport firstRead = check(seller);
    assertThat(firstRead.requests()).as("the first read is the whole shop, 3 pages").isEqualTo(3);
    assertThat(firstRead.listingsKnown()).isEqualTo(250);
    assertThat(alertedListings(bearer)).containsExactly("5900001");
    JsonNode alert = api().get("/api/notifications", bearer).json().path("notifications").get(0);
    assertThat(alert.path("listing_url").asText()).isEqualTo("https://www.discogs.test/sell/item/5900001");
    assertThat(alert.path("seller_name").asText()).isEqualTo(seller);
    assertThat(alert.path("verdicts").findValuesAsText("criterion")).contains("max_price");
    assertThat(api().get("/api/bundles", bearer).json().path("bundles")).as("one want only").isEmpty();

    assertThat(check(seller).requests()).as("nothing new: the first page is all known").isEqualTo(1);
    assertThat(alertedListings(bearer)).hasSize(1);

    shop.remove(231); // sold
    shop.add(0, Item.of(5_900_003, second, "9.50")); // new on top
    shop.add(0, FakeInventories.filler(6_100_000, 1).get(0));
    FakeInventories.list(seller, shop);
    SellerCheckReport news = check(seller);
    assertThat(news.requests()).as("the page with news, then one all known").isEqualTo(2);
    assertThat(news.newListings()).isEqualTo(2);
    assertThat(alertedListings(bearer)).containsExactlyInAnyOrder("5900001", "5900003");
    assertThat(check(seller).requests()).isEqualTo(1);
    assertThat(alertedListings(bearer)).as("each listing alerted once").hasSize(2);

    JsonNode bundles = api().get("/api/bundles", bearer).json().path("bundles");
    assertThat(bundles).hasSize(1);
    JsonNode bundle = bundles.get(0);
    assertThat(bundle.path("seller").asText()).isEqualTo(seller);
    assertThat(bundle.path("ships_from").asText()).isEqualTo("Germany");
    assertThat(bundle.path("total").asText()).isEqualTo("17.50");
    assertThat(bundle.path("currency").asText()).isEqualTo("EUR");
    assertThat(bundle.path("listings").findValuesAsText("listing_id")).containsExactlyInAnyOrder("5900001", "5900003");
    JsonNode item = bundle.path("listings").get(0);
    assertThat(item.path("wanted_list_entry_id").asText()).isNotEmpty();
    assertThat(item.path("release_title").asText()).isEqualTo("Rick Astley – Never Gonna Give You Up");
    assertThat(item.path("listing_currency").asText()).isEqualTo("EUR");
    assertThat(item.path("listing_url").asText()).startsWith("https://www.discogs.test/sell/item/590000");
  }

  @Test
  void bundlesShowTheCheapestFittingListingPerReleaseMostWantsFirstAndOnlyTheCallersOwn() {
    String bearer = signIn("bundler");
    long a = want(bearer, "20.00");
    long b = want(bearer, "20.00");
    long c = want(bearer, "20.00");
    String three = uniqueName("ThreeShop");
    String two = uniqueName("TwoShop");
    FakeInventories.list(three, List.of(Item.of(5_910_001, a, "15.00"), Item.of(5_910_002, a, "11.00"),
        Item.of(5_910_003, b, "4.00"), Item.of(5_910_004, c, "6.00"),
        Item.of(5_910_005, c, "1.00").grade("Good (G)")));
    FakeInventories.list(two, List.of(Item.of(5_920_001, a, "2.00"), Item.of(5_920_002, b, "2.00")));
    for (String seller : List.of(two, three)) {
      api().post("/api/sellers", bearer, "{\"username\": \"" + seller + "\"}");
      checks.check(seller);
    }
    api().put("/api/wanted-list/" + entryOf(bearer, c) , bearer, "{\"min_condition\": \"VG\"}");

    JsonNode bundles = api().get("/api/bundles", bearer).json().path("bundles");

    assertThat(bundles.findValuesAsText("seller")).containsExactly(three, two);
    assertThat(bundles.get(0).path("listings").findValuesAsText("listing_id"))
        .containsExactlyInAnyOrder("5910002", "5910003", "5910004");
    assertThat(bundles.get(0).path("total").asText()).isEqualTo("21.00");
    assertThat(bundles.get(1).path("total").asText()).isEqualTo("4.00");

    String other = signIn("stranger");
    want(other, "20.00");
    assertThat(api().get("/api/bundles", other).json().path("bundles")).as("another user's follows").isEmpty();
  }

  @Test
  void aSellerBlockedAfterTheFollowAlertsNothingAndLeavesTheBundles() {
    String bearer = signIn("changed-mind");
    long a = want(bearer, "20.00");
    long b = want(bearer, "20.00");
    String seller = uniqueName("LaterBlocked");
    FakeInventories.list(seller, List.of(Item.of(5_930_001, 9_999_999, "3.00")));
    api().post("/api/sellers", bearer, "{\"username\": \"" + seller + "\"}");
    checks.check(seller);
    api().put("/api/me", bearer, "{\"blocked_sellers\": [\"" + seller.toUpperCase() + "\"]}");

    FakeInventories.list(seller, List.of(Item.of(5_930_003, b, "3.00"), Item.of(5_930_002, a, "3.00"),
        Item.of(5_930_001, 9_999_999, "3.00")));
    SellerCheckReport report = checks.check(seller);

    assertThat(report.newListings()).isEqualTo(2);
    assertThat(report.newAlerts()).isZero();
    assertThat(alertedListings(bearer)).isEmpty();
    assertThat(api().get("/api/bundles", bearer).json().path("bundles")).isEmpty();
  }

  @Test
  void twoEntriesOfOneReleaseAreOneWantSoTheyMakeNoBundle() {
    String bearer = signIn("master-and-pressing");
    FakeDiscogs.master(96_559);
    FakeDiscogs.release(249_504);
    api().post("/api/wanted-list/add", bearer, "{\"release\": \"[m96559]\", \"max_price\": \"10.00\"}");
    api().post("/api/wanted-list/add", bearer, "{\"release\": \"249504\", \"max_price\": \"10.00\"}");
    String seller = uniqueName("OnePressing");
    FakeInventories.list(seller, List.of(Item.of(5_970_001, 249_504, "4.00"), Item.of(5_970_002, 249_504, "5.00")));
    api().post("/api/sellers", bearer, "{\"username\": \"" + seller + "\"}");
    checks.check(seller);
    assertThat(api().get("/api/bundles", bearer).json().path("bundles")).as("one release twice").isEmpty();

    FakeInventories.list(seller, List.of(Item.of(5_970_003, 249_505, "6.00"), Item.of(5_970_001, 249_504, "4.00"),
        Item.of(5_970_002, 249_504, "5.00")));
    checks.check(seller);
    JsonNode bundles = api().get("/api/bundles", bearer).json().path("bundles");
    assertThat(bundles).hasSize(1);
    assertThat(bundles.get(0).path("listings").findValuesAsText("listing_id"))
        .as("the cheapest of release 249504 and the master's other pressing").containsExactlyInAnyOrder("5970001", "5970003");
    assertThat(bundles.get(0).path("total").asText()).isEqualTo("10.00");
  }

  private String entryOf(String bearer, long release) {
    for (JsonNode entry : api().get("/api/wanted-list", bearer).json().path("entries")) {
      if (entry.path("discogs_release_id").asLong() == release) {
        return entry.path("id").asText();
      }
    }
    throw new AssertionError("no entry of " + release);
  }
}
