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

  @Test
  void readsTheFollowingPagesWhereThePageSaysMoreFollowWithoutDuplicates(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(PAGE)).withQueryParam("page", absent())
        .willReturn(aResponse().withBody(SellPageVariants.firstOfTwoPages())));
    stubFor(get(urlPathEqualTo(PAGE)).withQueryParam("page", equalTo("2"))
        .willReturn(aResponse().withBody(SellPageVariants.secondOfTwoPages())));

    List<Listing> listings = new SellPageListingSource(TestConfigs.client(wm), 2).listings(1001, Currency.EUR);

    assertThat(listings).extracting(Listing::listingId).containsExactly(60001L, 60002L, 60003L, 60004L, 60005L, 60006L);
    verify(2, getRequestedFor(urlPathEqualTo(PAGE)));
    verify(getRequestedFor(urlPathEqualTo(PAGE)).withQueryParam("page", equalTo("2"))
        .withQueryParam("limit", equalTo("250")).withQueryParam("sort", equalTo("price,asc")));
  }

  @Test
  void byDefaultReadsOnlyTheFirstPageOfTheCheapest250AtOneRequest(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withBody(SellPageVariants.firstOfTwoPages())));

    List<Listing> listings = new SellPageListingSource(TestConfigs.client(wm)).listings(1001, Currency.EUR);

    assertThat(listings).hasSize(4);
    verify(1, getRequestedFor(urlPathEqualTo(PAGE)));
  }

  @Test
  void aLaterPageThatIsChallengedFailsTheWholeRead(WireMockRuntimeInfo wm) {
    stubFor(get(urlPathEqualTo(PAGE)).withQueryParam("page", absent())
        .willReturn(aResponse().withBody(SellPageVariants.firstOfTwoPages())));
    stubFor(get(urlPathEqualTo(PAGE)).withQueryParam("page", equalTo("2"))
        .willReturn(aResponse().withStatus(403).withBody(Fixtures.own("challenge-just-a-moment.html"))));

    assertThatThrownBy(() -> new SellPageListingSource(TestConfigs.client(wm), 2).listings(1001, Currency.EUR))
        .isInstanceOfSatisfying(SellPageException.class,
            e -> assertThat(e.reason()).isEqualTo(SellPageException.Reason.CHALLENGE))
        .hasMessageContaining("HTTP 403 on page 2");
  }

  @Test
  void eachWayAPageCannotBeReadHasItsReason(WireMockRuntimeInfo wm) {
    DiscogsClient client = TestConfigs.client(wm);
    SellPageListingSource source = new SellPageListingSource(client);
    record Case(int status, String body, SellPageException.Reason reason) {}
    List<Case> cases = List.of(
        new Case(403, "<html><body>Forbidden</body></html>", SellPageException.Reason.BLOCKED),
        new Case(429, "", SellPageException.Reason.RATE_LIMITED),
        new Case(404, "<html><title>Not found</title></html>", SellPageException.Reason.NOT_FOUND),
        new Case(502, "<html>Bad gateway</html>", SellPageException.Reason.UNAVAILABLE),
        new Case(200, Fixtures.own("login-page.html"), SellPageException.Reason.UNKNOWN_LAYOUT),
        new Case(200, "", SellPageException.Reason.UNKNOWN_LAYOUT),
        new Case(200, "{\"message\": \"not html\"}", SellPageException.Reason.UNKNOWN_LAYOUT));

    for (Case c : cases) {
      stubFor(get(urlPathEqualTo(PAGE)).willReturn(aResponse().withStatus(c.status()).withBody(c.body())));

      assertThatThrownBy(() -> source.listings(1001, Currency.EUR))
          .as("HTTP %d", c.status())
          .isInstanceOfSatisfying(SellPageException.class, e -> {
            assertThat(e.reason()).isEqualTo(c.reason());
            assertThat(e.releaseId()).isEqualTo(1001);
          })
          .hasMessageStartingWith("the listings of release 1001 could not be read: " + c.reason().words());
    }
  }
}
