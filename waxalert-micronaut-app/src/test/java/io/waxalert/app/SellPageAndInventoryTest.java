package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.sellers.SellerChecks;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.FakeInventories;
import io.waxalert.app.support.FakeInventories.Item;
import io.waxalert.app.support.ServiceTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 with {@code listing-source: sell-page}: a listing seen on a release's sell page and in a
 * followed seller's inventory alerts once, and bundles join what the sell pages showed within
 * {@code market-max-age} with the inventories.
 */
@MicronautTest(transactional = false)
class SellPageAndInventoryTest extends ServiceTest {

  /** The sell-page fixture's second row: GoodSeller, 6.50 EUR, NM. */
  private static final long GOOD_SELLERS_LISTING = 900_000_002L;

  @Inject
  SellerChecks checks;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.monitor.listing-source", "sell-page");
    p.put("waxalert.discogs.web-url", FakeDiscogs.url());
    p.put("waxalert.monitor.market-max-age", "1h");
    return p;
  }

  @Test
  void aListingOnASellPageAndInAFollowedInventoryAlertsOnceAndJoinsABundle() {
    String bearer = signIn("both-ways");
    long onSellPage = uniqueReleaseId();
    FakeDiscogs.release(onSellPage);
    FakeDiscogs.stats(onSellPage, "EUR", "3.00", 2);
    FakeDiscogs.sellPage(onSellPage);
    api().post("/api/wanted-list/add", bearer, "{\"release\": \"" + onSellPage + "\", \"max_price\": \"10.00\"}");
    api().post("/api/wanted-list/check-all", bearer, null);
    List<String> fromSellPage = api().get("/api/notifications", bearer).json().path("notifications")
        .findValuesAsText("listing_id");
    assertThat(fromSellPage).contains(String.valueOf(GOOD_SELLERS_LISTING));

    long onlyInShop = uniqueReleaseId();
    FakeDiscogs.release(onlyInShop);
    api().post("/api/wanted-list/add", bearer, "{\"release\": \"" + onlyInShop + "\", \"max_price\": \"10.00\"}");
    FakeInventories.list("GoodSeller", List.of(Item.of(5_960_001, onlyInShop, "5.00"),
        Item.of(GOOD_SELLERS_LISTING, onSellPage, "6.50")));
    api().post("/api/sellers", bearer, "{\"username\": \"GoodSeller\"}");
    checks.check("GoodSeller");

    List<String> alerted = api().get("/api/notifications", bearer).json().path("notifications")
        .findValuesAsText("listing_id");
    assertThat(alerted).hasSize(fromSellPage.size() + 1).contains("5960001");
    assertThat(alerted.stream().filter(String.valueOf(GOOD_SELLERS_LISTING)::equals)).hasSize(1);

    JsonNode bundles = api().get("/api/bundles", bearer).json().path("bundles");
    assertThat(bundles.findValuesAsText("seller")).containsExactly("GoodSeller");
    assertThat(bundles.get(0).path("listings").findValuesAsText("listing_id"))
        .containsExactlyInAnyOrder("5960001", String.valueOf(GOOD_SELLERS_LISTING));
    assertThat(bundles.get(0).path("total").asText()).isEqualTo("11.50");
  }
}
