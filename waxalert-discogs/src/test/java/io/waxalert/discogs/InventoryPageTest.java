package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.core.sellers.InventoryPage;
import org.junit.jupiter.api.Test;

/** One page of an inventory, newest first, for a caller that decides how far to read (issue 14). */
@WireMockTest
class InventoryPageTest {

  private static final String DIGGER = "/users/crate_digger/inventory";

  @Test
  void asksNewestFirstAHundredToAPageAndMapsThe2025Shape(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(DIGGER)).willReturn(okJson(Fixtures.own("inventory-newest-page1.json"))));

    InventoryPage page = TestConfigs.client(wm).inventoryPage("crate_digger", 1);

    verify(getRequestedFor(urlPathEqualTo(DIGGER)).withQueryParam("sort", equalTo("listed"))
        .withQueryParam("sort_order", equalTo("desc")).withQueryParam("page", equalTo("1"))
        .withQueryParam("per_page", equalTo("100")));
    assertThat(page.seller()).isEqualTo("crate_digger");
    assertThat(page.page()).isEqualTo(1);
    assertThat(page.pages()).isEqualTo(3);
    assertThat(page.items()).isEqualTo(203);
    assertThat(page.perPage()).isEqualTo(100);
    assertThat(page.isLast()).isFalse();
    assertThat(page.listings()).extracting(Listing::listingId).containsExactly(8803L, 8802L);
    Listing newest = page.listings().get(0);
    assertThat(newest.releaseId()).isEqualTo(1001);
    assertThat(newest.mediaCondition()).isEqualTo(MediaCondition.MINT);
    assertThat(newest.shipping().toString()).isEqualTo("6.50 EUR");
    assertThat(newest.seller().rating()).isEqualByComparingTo("99.7");
    assertThat(newest.seller().feedbackCount()).isEqualTo(1843);
    assertThat(newest.shipsFrom()).isEqualTo("Netherlands");
    assertThat(newest.url()).isEqualTo(wm.getHttpBaseUrl() + "/sell/item/8803");
    assertThat(page.listings().get(1).sleeveCondition()).isEqualTo(SleeveCondition.GENERIC);
    assertThat(page.listings().get(1).shipping()).isNull();
  }

  @Test
  void the2014ShapeMapsWithItsOwnPageSize(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/users/oldtimer/inventory")).willReturn(okJson(Fixtures.own("inventory-oldshape-2014.json"))));

    InventoryPage page = TestConfigs.client(wm).inventoryPage("oldtimer", 1);

    assertThat(page.perPage()).isEqualTo(50);
    assertThat(page.items()).isEqualTo(1);
    assertThat(page.isLast()).isTrue();
    assertThat(page.listings()).singleElement().satisfies(l -> {
      assertThat(l.listingId()).isEqualTo(5550001L);
      assertThat(l.seller().rating()).isNull();
    });
  }

  @Test
  void theOwnersViewOf2020KeepsOnlyWhatIsForSaleButCountsEveryItem(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/users/MyOwnShop/inventory")).willReturn(okJson(Fixtures.own("inventory-owner-view-2020.json"))));

    InventoryPage page = TestConfigs.client(wm).inventoryPage("MyOwnShop", 1);

    assertThat(page.listings()).extracting(Listing::listingId).containsExactly(6602L);
    assertThat(page.items()).isEqualTo(2);
    assertThat(page.isLast()).isTrue();
  }

  @Test
  void aSellerDiscogsDoesNotKnowIsNotFound(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/users/nobody_here/inventory")).willReturn(aResponse().withStatus(404)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"message\": \"User does not exist or may have been deleted.\"}")));

    assertThatThrownBy(() -> TestConfigs.client(wm).inventoryPage("nobody_here", 1))
        .isInstanceOf(DiscogsNotFoundException.class)
        .hasMessageContaining("User does not exist or may have been deleted.")
        .satisfies(e -> assertThat(((DiscogsException) e).status()).isEqualTo(404));
  }

  @Test
  void anotherPageThanTheOneAskedForIsUnreadableNotMistakenForIt(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(DIGGER)).willReturn(okJson(Fixtures.own("inventory-newest-page1.json"))));

    assertThatThrownBy(() -> TestConfigs.client(wm).inventoryPage("crate_digger", 2))
        .isInstanceOf(DiscogsUnreadableException.class)
        .hasMessageContaining("page 1 came for page 2");
  }

  @Test
  void aPageBelowOneIsRefusedBeforeAnyRequest(WireMockRuntimeInfo wm) {
    assertThatThrownBy(() -> TestConfigs.client(wm).inventoryPage("crate_digger", 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> TestConfigs.client(wm).inventoryPage(" ", 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void recordedPagesOf2014And2025ReadAsPages(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/users/old/inventory"))
        .willReturn(okJson(Fixtures.shared("inventory-360vinyl-page1-2014.json"))));
    stubFor(get(urlPathEqualTo("/users/modern/inventory"))
        .willReturn(okJson(Fixtures.shared("inventory-page1-2025-seller-anonymized.json"))));
    DiscogsClient client = TestConfigs.client(wm);

    InventoryPage old = client.inventoryPage("old", 1);
    InventoryPage modern = client.inventoryPage("modern", 1);

    assertThat(old.pages()).isEqualTo(10);
    assertThat(old.perPage()).isEqualTo(50);
    assertThat(old.listings()).hasSize(50);
    assertThat(old.isLast()).isFalse();
    assertThat(modern.items()).isEqualTo(2);
    assertThat(modern.listings()).hasSize(2);
    assertThat(modern.isLast()).isTrue();
  }
}
