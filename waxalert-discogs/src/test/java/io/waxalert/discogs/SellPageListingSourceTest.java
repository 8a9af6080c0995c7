package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.spi.ListingSourceException;
import java.util.List;
import org.junit.jupiter.api.Test;

@WireMockTest
class SellPageListingSourceTest {

  private static final String PAGE = "/sell/release/1001";

  @Test
  void fetchesTheCheapestFirstPageWithUserAgentAndNoCredentials(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withHeader("Content-Type", "text/html; charset=utf-8")
        .withBody(Fixtures.own("sell-release-1001-rows.html"))));
    DiscogsClient client = DiscogsClient.create(TestConfigs.fast(wm)
        .credentials(DiscogsCredentials.personalToken("secret")).build());
    SellPageListingSource source = new SellPageListingSource(client);

    List<Listing> listings = source.listings(1001, Currency.EUR);

    assertThat(source.providesListings()).isTrue();
    assertThat(listings).hasSize(4);
    verify(getRequestedFor(urlPathEqualTo(PAGE))
        .withQueryParam("sort", equalTo("price,asc")).withQueryParam("limit", equalTo("250"))
        .withHeader("User-Agent", equalTo(DiscogsClientConfig.DEFAULT_USER_AGENT))
        .withHeader("Authorization", absent()));
    assertThat(client.rateLimitStats().requests()).isEqualTo(1);
  }

  @Test
  void cloudflareBlockIsAFailedCheckNotAnEmptyMarket(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(403).withHeader("cf-mitigated", "challenge")
        .withBody(Fixtures.own("challenge-just-a-moment.html"))));

    assertThatThrownBy(() -> new SellPageListingSource(TestConfigs.client(wm)).listings(1001, Currency.EUR))
        .isInstanceOf(ListingSourceException.class)
        .hasMessageContaining("403")
        .hasMessageContaining("Cloudflare");
  }

  @Test
  void challengeAnsweredWith200IsAFailedCheck(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withBody(Fixtures.own("challenge-just-a-moment.html"))));

    assertThatThrownBy(() -> new SellPageListingSource(TestConfigs.client(wm)).listings(1001, Currency.EUR))
        .isInstanceOf(ListingSourceException.class)
        .hasMessageContaining("challenge");
  }

  @Test
  void rateLimitedSellPageIsAFailedCheck(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(429)));

    assertThatThrownBy(() -> new SellPageListingSource(TestConfigs.client(wm)).listings(1001, Currency.EUR))
        .isInstanceOf(ListingSourceException.class)
        .hasMessageContaining("429");
  }
}
