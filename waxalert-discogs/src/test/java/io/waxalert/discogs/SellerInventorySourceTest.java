package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@WireMockTest
class SellerInventorySourceTest {

  private static final String SHOP = "/users/vinylshop/inventory";
  private static final String OLD = "/users/oldtimer/inventory";

  @BeforeEach
  void inventories() {
    stubFor(get(urlPathEqualTo(SHOP)).withQueryParam("page", equalTo("1"))
        .willReturn(okJson(Fixtures.own("inventory-shop-page1.json"))));
    stubFor(get(urlPathEqualTo(SHOP)).withQueryParam("page", equalTo("2"))
        .willReturn(okJson(Fixtures.own("inventory-shop-page2.json"))));
    stubFor(get(urlPathEqualTo(OLD)).willReturn(okJson(Fixtures.own("inventory-oldshape-2014.json"))));
  }

  @Test
  void listsTheNamedSellersCopiesOfTheReleaseOnly(WireMockRuntimeInfo wm) {
    SellerInventorySource source =
        new SellerInventorySource(TestConfigs.client(wm), List.of("vinylshop", "oldtimer"), Duration.ofMinutes(10));

    List<Listing> listings = source.listings(1001, Currency.EUR);

    assertThat(source.providesListings()).isTrue();
    assertThat(listings).extracting(Listing::listingId).containsExactly(7002L, 7003L, 5550001L);
    verify(getRequestedFor(urlPathEqualTo(SHOP)).withQueryParam("sort", equalTo("price"))
        .withQueryParam("sort_order", equalTo("asc")));
  }

  @Test
  void modernShapeMapsShippingSleeveAndSellerRating(WireMockRuntimeInfo wm) {
    List<Listing> inventory = TestConfigs.client(wm).inventory("vinylshop").toList();

    Listing first = inventory.get(0);
    assertThat(first.shipping().amount()).isEqualByComparingTo("5.0");
    assertThat(first.seller().rating()).isEqualByComparingTo("100.0");
    assertThat(first.seller().feedbackCount()).isEqualTo(87);
    assertThat(inventory.get(1).sleeveCondition()).isEqualTo(SleeveCondition.NO_COVER);
    assertThat(inventory.get(1).shipping()).isNull();
    assertThat(inventory).extracting(Listing::listingId).doesNotContain(7004L); // a draft, owner view
  }

  @Test
  void shape2014WithoutSellerStatsAndOffsetStillMaps(WireMockRuntimeInfo wm) {
    Listing old = TestConfigs.client(wm).inventory("oldtimer").findFirst().orElseThrow();

    assertThat(old.price().amount()).isEqualTo(new BigDecimal("3.49"));
    assertThat(old.price().currency()).isEqualTo(Currency.USD);
    assertThat(old.mediaCondition()).isEqualTo(MediaCondition.GOOD_PLUS);
    assertThat(old.sleeveCondition()).isEqualTo(SleeveCondition.NOT_GRADED);
    assertThat(old.seller().rating()).isNull();
    assertThat(old.seller().feedbackCount()).isNull();
    assertThat(old.posted()).isEqualTo(Instant.parse("2014-02-03T17:10:11Z"));
  }

  @Test
  void unknownSellerFailsTheCheck(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/users/gone/inventory")).willReturn(
        com.github.tomakehurst.wiremock.client.WireMock.aResponse().withStatus(404)
            .withBody("{\"message\": \"User does not exist or may have been deleted.\"}")));
    SellerInventorySource source =
        new SellerInventorySource(TestConfigs.client(wm), List.of("gone"), Duration.ofMinutes(10));

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> source.listings(1001, Currency.EUR))
        .isInstanceOf(io.waxalert.core.spi.ListingSourceException.class)
        .hasCauseInstanceOf(DiscogsNotFoundException.class)
        .hasMessageContaining("gone");
  }

  @Test
  void inventoryIsReadOnceWithinMaxAge(WireMockRuntimeInfo wm) {
    SellerInventorySource source =
        new SellerInventorySource(TestConfigs.client(wm), List.of("vinylshop"), Duration.ofMinutes(10));

    source.listings(1001, Currency.EUR);
    source.listings(1003, Currency.EUR);

    verify(2, getRequestedFor(urlPathEqualTo(SHOP))); // two pages, once
  }
}
