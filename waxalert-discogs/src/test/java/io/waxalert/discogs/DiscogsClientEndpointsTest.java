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
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

@WireMockTest
class DiscogsClientEndpointsTest {

  @Test
  void releaseMapsToReleaseInfoWithPrimaryCoverAndCleanArtistNames(WireMockRuntimeInfo wm) {
    stubFor(get("/releases/1001").willReturn(okJson(Fixtures.own("release-1001.json"))));

    ReleaseInfo info = TestConfigs.client(wm).release(1001);

    assertThat(info.releaseId()).isEqualTo(1001);
    assertThat(info.title()).isEqualTo("Night Shift");
    assertThat(info.artists()).containsExactly("Example Band", "Guest Singer");
    assertThat(info.year()).isEqualTo(1979);
    assertThat(info.formats()).containsExactly("2×Vinyl (LP, Album, Gatefold)", "All Media");
    assertThat(info.coverImageUrl()).isEqualTo("https://i.example.org/front.jpg");
    assertThat(info.masterId()).isEqualTo(2002L);
    assertThat(info.catalogNumbers()).containsExactly("TP 101");
    assertThat(info.catalogNumberLine()).isEqualTo("TP 101");
  }

  @Test
  void sparseReleaseWithMissingCollectionsAndYearZeroStillMaps(WireMockRuntimeInfo wm) {
    stubFor(get("/releases/1002").willReturn(okJson(Fixtures.own("release-1002-sparse.json"))));

    ReleaseInfo info = TestConfigs.client(wm).release(1002);

    assertThat(info.artists()).isEmpty();
    assertThat(info.formats()).isEmpty();
    assertThat(info.year()).isNull();
    assertThat(info.coverImageUrl()).isNull();
    assertThat(info.masterId()).isNull();
    assertThat(info.catalogNumbers()).isEmpty();
    assertThat(info.catalogNumberLine()).isNull();
  }

  @Test
  void listingKeepsUnroundedPriceAndReadsEmptyShippingAsUnknown(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/marketplace/listings/9001")).willReturn(okJson(Fixtures.own("listing-9001.json"))));

    Listing listing = TestConfigs.client(wm).listing(9001, Currency.EUR);

    verify(getRequestedFor(urlPathEqualTo("/marketplace/listings/9001")).withQueryParam("curr_abbr", equalTo("EUR")));
    assertThat(listing.price()).isEqualTo(new Money(new BigDecimal("23.529411764705884"), Currency.EUR));
    assertThat(listing.shipping()).isNull();
    assertThat(listing.mediaCondition()).isEqualTo(MediaCondition.VERY_GOOD_PLUS);
    assertThat(listing.sleeveCondition()).isEqualTo(SleeveCondition.GENERIC);
    assertThat(listing.seller().name()).isEqualTo("crate_digger_nl");
    assertThat(listing.seller().rating()).isEqualByComparingTo("99.2");
    assertThat(listing.seller().feedbackCount()).isEqualTo(1318);
    assertThat(listing.shipsFrom()).isEqualTo("Netherlands");
    assertThat(listing.posted()).isEqualTo(Instant.parse("2025-11-02T18:15:00Z"));
    assertThat(listing.releaseId()).isEqualTo(1001);
    assertThat(listing.url()).isEqualTo(wm.getHttpBaseUrl() + "/sell/item/9001");
  }

  @Test
  void priceSuggestionsBecomeReferencePricesPerGrade(WireMockRuntimeInfo wm) {
    stubFor(get("/marketplace/price_suggestions/1001").willReturn(okJson(Fixtures.own("price-suggestions-1001.json"))));

    ReferencePrices prices = TestConfigs.client(wm).priceSuggestions(1001);

    assertThat(prices.byCondition()).hasSize(8);
    assertThat(prices.forCondition(MediaCondition.NEAR_MINT))
        .contains(new Money(new BigDecimal("36.666666666666664"), Currency.EUR));
  }

  @Test
  void emptyPriceSuggestionsMeanNone(WireMockRuntimeInfo wm) {
    stubFor(get("/marketplace/price_suggestions/1002").willReturn(okJson("{}")));

    assertThat(TestConfigs.client(wm).priceSuggestions(1002).isEmpty()).isTrue();
  }

  @Test
  void userProfileCarriesEmailAndCurrency(WireMockRuntimeInfo wm) {
    stubFor(get("/users/wax_collector").willReturn(okJson(Fixtures.own("user-wax_collector.json"))));

    UserProfile user = TestConfigs.client(wm).user("wax_collector");

    assertThat(user.email()).isEqualTo("collector@example.org");
    assertThat(user.currency()).isEqualTo(Currency.EUR);
    assertThat(user.numWantlist()).isEqualTo(3);
    assertThat(user.location()).isEqualTo("Hamburg, Germany");
    assertThat(DiscogsCountries.fromLocation(user.location())).contains("Germany");
  }

  @Test
  void releaseSearchSendsQueryAndMapsRows(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/database/search")).willReturn(okJson(Fixtures.own("search-night-shift.json"))));

    List<SearchResult> results = TestConfigs.client(wm).searchReleases("night shift").toList();

    verify(getRequestedFor(urlPathEqualTo("/database/search"))
        .withQueryParam("q", equalTo("night shift")).withQueryParam("type", equalTo("release")));
    assertThat(results).extracting(SearchResult::releaseId).containsExactly(1001L, 1003L);
    assertThat(results.get(0).year()).isEqualTo(1979);
    assertThat(results.get(1).year()).isNull();
    assertThat(results.get(1).labels()).isEmpty();
    assertThat(results).extracting(SearchResult::thumb).containsExactly("https://i.example.org/ns-150.jpg", null);
  }
}
