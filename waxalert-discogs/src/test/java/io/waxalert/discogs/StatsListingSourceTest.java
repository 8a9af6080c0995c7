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
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.spi.ListingSourceException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

@WireMockTest
class StatsListingSourceTest {

  @Test
  void statsComeFromMarketplaceStatsInTheRequestedCurrency(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/marketplace/stats/1001")).willReturn(okJson(Fixtures.own("stats-1001-eur.json"))));

    MarketStats stats = new StatsListingSource(TestConfigs.client(wm)).stats(1001, Currency.EUR);

    verify(getRequestedFor(urlPathEqualTo("/marketplace/stats/1001")).withQueryParam("curr_abbr", equalTo("EUR")));
    assertThat(stats.releaseId()).isEqualTo(1001);
    assertThat(stats.lowestPrice().amount()).isEqualTo(new BigDecimal("17.123456789012345"));
    assertThat(stats.lowestPrice().currency()).isEqualTo(Currency.EUR);
    assertThat(stats.numForSale()).isEqualTo(7);
    assertThat(stats.blockedFromSale()).isFalse();
  }

  @Test
  void nothingForSaleKeepsNullsAndIsNotBlocked(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/marketplace/stats/1002")).willReturn(okJson(Fixtures.own("stats-nothing-for-sale.json"))));

    MarketStats stats = new StatsListingSource(TestConfigs.client(wm)).stats(1002, Currency.USD);

    assertThat(stats.lowestPrice()).isNull();
    assertThat(stats.numForSale()).isNull();
    assertThat(stats.blockedFromSale()).isFalse();
    assertThat(stats.nothingForSale()).isTrue();
  }

  @Test
  void blockedReleaseIsReportedAsBlocked(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/marketplace/stats/1003")).willReturn(okJson(Fixtures.own("stats-blocked.json"))));

    MarketStats stats = new StatsListingSource(TestConfigs.client(wm)).stats(1003, Currency.USD);

    assertThat(stats.blockedFromSale()).isTrue();
    assertThat(stats.nothingForSale()).isTrue();
  }

  @Test
  void givesNoListings(WireMockRuntimeInfo wm) {
    assertThat(new StatsListingSource(TestConfigs.client(wm)).providesListings()).isFalse();
  }

  @Test
  void failedStatsCallIsAListingSourceExceptionWithTheDiscogsCause(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo("/marketplace/stats/999")).willReturn(aResponse().withStatus(404)
        .withBody("{\"message\":\"Release not found.\"}")));

    assertThatThrownBy(() -> new StatsListingSource(TestConfigs.client(wm)).stats(999, Currency.EUR))
        .isInstanceOf(ListingSourceException.class)
        .hasCauseInstanceOf(DiscogsNotFoundException.class)
        .hasMessageContaining("release 999");
  }

  @Test
  void referencePricesComeFromPriceSuggestionsWhenAuthenticated(WireMockRuntimeInfo wm) {
    stubFor(get("/marketplace/price_suggestions/1001").willReturn(okJson(Fixtures.own("price-suggestions-1001.json"))));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .credentials(DiscogsCredentials.personalToken("t")).build());

    assertThat(new StatsListingSource(client, true).referencePrices(1001, Currency.EUR).forCondition(MediaCondition.MINT))
        .hasValueSatisfying(m -> assertThat(m.amount()).isEqualByComparingTo("41.25"));
  }

  @Test
  void failingPriceSuggestionsGiveNoReferenceAndDoNotFailTheCheck(WireMockRuntimeInfo wm) {
    stubFor(get("/marketplace/price_suggestions/1001").willReturn(aResponse().withStatus(401)
        .withBody("{\"message\": \"You must authenticate to access this resource.\"}")));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .credentials(DiscogsCredentials.personalToken("t")).build());

    assertThat(new StatsListingSource(client, true).referencePrices(1001, Currency.EUR).isEmpty()).isTrue();
  }

  @Test
  void anonymousClientAsksForNoPriceSuggestions(WireMockRuntimeInfo wm) {
    assertThat(new StatsListingSource(TestConfigs.client(wm), true).referencePrices(1001, Currency.EUR).isEmpty()).isTrue();
    verify(0, getRequestedFor(urlPathEqualTo("/marketplace/price_suggestions/1001")));
  }
}
