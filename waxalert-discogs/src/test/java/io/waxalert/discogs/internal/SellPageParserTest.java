package io.waxalert.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.CriteriaMatcher;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.core.spi.ListingSourceException;
import io.waxalert.discogs.Fixtures;
import io.waxalert.discogs.SellPageException;
import io.waxalert.discogs.SellPageVariants;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SellPageParserTest {

  private final SellPageParser parser = new SellPageParser(URI.create("https://www.discogs.com"));

  @Test
  void readsEveryRowFromDataAttributesNotDisplayText() {
    List<Listing> listings = parser.parse(Fixtures.own("sell-release-1001-rows.html"), 1001).listings();

    assertThat(listings).extracting(Listing::listingId).containsExactly(60001L, 60002L, 60003L, 60004L);
    assertThat(listings).extracting(Listing::price).containsExactly(
        new Money(new BigDecimal("19.99"), Currency.USD), new Money(new BigDecimal("24.50"), Currency.EUR),
        new Money(new BigDecimal("1250.00"), Currency.GBP), new Money(new BigDecimal("12000"), Currency.JPY));
    assertThat(listings).allSatisfy(l -> assertThat(l.releaseId()).isEqualTo(1001));
    assertThat(listings.get(0).url()).isEqualTo("https://www.discogs.com/sell/item/60001");
  }

  @Test
  void readsShippingFreeKnownAndUnknown() {
    List<Listing> listings = parser.parse(Fixtures.own("sell-release-1001-rows.html"), 1001).listings();

    assertThat(listings.get(0).shipping()).isEqualTo(new Money(BigDecimal.ZERO, Currency.USD));
    assertThat(listings.get(1).shipping()).isEqualTo(new Money(new BigDecimal("7.50"), Currency.EUR));
    assertThat(listings.get(2).shipping()).isNull();
    assertThat(listings.get(3).shipping()).isEqualTo(new Money(new BigDecimal("2400"), Currency.JPY));
  }

  @Test
  void readsConditionsIncludingUngradedSleeves() {
    List<Listing> listings = parser.parse(Fixtures.own("sell-release-1001-rows.html"), 1001).listings();

    assertThat(listings).extracting(Listing::mediaCondition).containsExactly(
        MediaCondition.VERY_GOOD_PLUS, MediaCondition.NEAR_MINT, MediaCondition.MINT, MediaCondition.GOOD_PLUS);
    assertThat(listings).extracting(Listing::sleeveCondition).containsExactly(
        SleeveCondition.GENERIC, SleeveCondition.NOT_GRADED, SleeveCondition.NO_COVER, SleeveCondition.NOT_GRADED);
  }

  @Test
  void readsSellerRatingFeedbackAndShipsFromAndNewSellers() {
    List<Listing> listings = parser.parse(Fixtures.own("sell-release-1001-rows.html"), 1001).listings();

    Listing first = listings.get(0);
    assertThat(first.seller().name()).isEqualTo("yankee_records");
    assertThat(first.seller().rating()).isEqualByComparingTo("97.5");
    assertThat(first.seller().feedbackCount()).isEqualTo(1204);
    assertThat(first.shipsFrom()).isEqualTo("United States");
    Listing newSeller = listings.get(3);
    assertThat(newSeller.seller().name()).isEqualTo("tokyo_new_shop");
    assertThat(newSeller.seller().rating()).isNull();
    assertThat(newSeller.seller().feedbackCount()).isNull();
    assertThat(newSeller.shipsFrom()).isEqualTo("Japan");
  }

  @Test
  void emptyResultPageMeansNothingForSale() {
    assertThat(parser.parse(Fixtures.own("sell-release-1001-empty.html"), 1001).listings()).isEmpty();
  }

  @Test
  void challengePageThrowsInsteadOfReportingNoListings() {
    assertThatThrownBy(() -> parser.parse(Fixtures.own("challenge-just-a-moment.html"), 1001))
        .isInstanceOfSatisfying(SellPageException.class,
            e -> assertThat(e.reason()).isEqualTo(SellPageException.Reason.CHALLENGE))
        .hasMessageContaining("Cloudflare challenge");
  }

  @Test
  void pageThatIsNotASellPageThrows() {
    assertThatThrownBy(() -> parser.parse(Fixtures.own("login-page.html"), 1001))
        .isInstanceOfSatisfying(SellPageException.class,
            e -> assertThat(e.reason()).isEqualTo(SellPageException.Reason.UNKNOWN_LAYOUT))
        .hasMessageContaining("not a sell page");
  }

  @Test
  void itemsCountedButNoRowsMeansChangedMarkupAndThrows() {
    assertThatThrownBy(() -> parser.parse(Fixtures.own("sell-release-1001-markup-changed.html"), 1001))
        .isInstanceOf(ListingSourceException.class)
        .hasMessageContaining("it says 3 are for sale");
  }

  @Test
  void readsTheHiddenUnavailableInNoteButNeverASellerCommentSayingSo() {
    String html = Fixtures.own("sell-release-1001-rows.html").replace("First listing!", "Unavailable in France");

    List<Listing> listings = parser.parse(html, 1001).listings();

    assertThat(listings).extracting(Listing::unavailableIn).containsExactly(null, null, "Germany", null);
  }

  @Test
  void rowsWithoutPriceAttributesAreReadFromTheShownPricesAndShippingKeepsItsOwnCurrency() {
    List<Listing> listings = parser.parse(SellPageVariants.textPrices(), 1001).listings();

    assertThat(listings).extracting(Listing::price).containsExactly(
        Money.of("199.00", "SEK"), Money.of("1234.50", "EUR"), Money.of("12.50", "CHF"), Money.of("25.00", "AUD"));
    assertThat(listings).extracting(Listing::shipping).containsExactly(
        Money.of("0", "SEK"), Money.of("5.00", "USD"), null, Money.of("8.00", "AUD"));
  }

  @Test
  void shippingInItsOwnCurrencyIsConvertedByTheCoreForTheTotal() {
    String html = Fixtures.own("sell-release-1001-rows.html")
        .replace("data-pricevalue=19.99>$19.99", "data-pricevalue=20.00>$20.00")
        .replaceFirst("\\+no extra shipping", "+€14.00").replaceFirst("\\+no extra shipping", "+€14.00");
    Listing dollarsPlusEuroShipping = parser.parse(html, 1001).listings().get(0);
    CriteriaMatcher matcher = CriteriaMatcher.standard(FixedExchangeRates.perEuro(Map.of(Currency.USD, new BigDecimal("1.25"))));
    AlertCriteria.Builder total = AlertCriteria.builder().priceBasis(AlertCriteria.PriceBasis.ITEM_PLUS_SHIPPING);

    assertThat(dollarsPlusEuroShipping.price()).isEqualTo(Money.of("20.00", "USD"));
    assertThat(dollarsPlusEuroShipping.shipping()).isEqualTo(Money.of("14.00", "EUR"));
    assertThat(matcher.evaluate(dollarsPlusEuroShipping, total.maxPrice(Money.of("30.00", "EUR")).build(),
        ReferencePrices.none()).isMatch()).as("16.00 EUR + 14.00 EUR").isTrue();
    assertThat(matcher.evaluate(dollarsPlusEuroShipping, total.maxPrice(Money.of("29.99", "EUR")).build(),
        ReferencePrices.none()).isMatch()).isFalse();
  }

  @Test
  void listingLinksWithoutRowsTheParserKnowsAreAFailureNotAnEmptyMarket() {
    assertThatThrownBy(() -> parser.parse(SellPageVariants.unknownRows(), 1001))
        .isInstanceOfSatisfying(SellPageException.class,
            e -> assertThat(e.reason()).isEqualTo(SellPageException.Reason.UNKNOWN_LAYOUT))
        .hasMessageContaining("it links 4 listings but has no row WaxAlert can read");
  }

  @Test
  void aPageWithoutListingsCountsAsEmptyOnlyWithTheMarkersOfARealSellPage() {
    String bare = "<html><head><title>Discogs</title></head><body><div id=\"pjax_container\"></div></body></html>";

    assertThatThrownBy(() -> parser.parse(bare, 1001))
        .isInstanceOf(SellPageException.class)
        .hasMessageContaining("does not look like a Discogs sell page");
  }

  @Test
  void challengeWithStatus200AndOnlyTheChallengeTokenIsAFailure() {
    String html = "<html><head><title>www.discogs.com</title></head><body>"
        + "<script>window._cf_chl_opt={cType:'managed'};</script></body></html>";

    assertThatThrownBy(() -> parser.parse(html, 1001))
        .isInstanceOfSatisfying(SellPageException.class,
            e -> assertThat(e.reason()).isEqualTo(SellPageException.Reason.CHALLENGE));
  }

  @Test
  void paginationTotalTellsWhetherMorePagesFollow() {
    SellPageParser.SellPage first = parser.parse(SellPageVariants.firstOfTwoPages(), 1001);
    SellPageParser.SellPage last = parser.parse(SellPageVariants.secondOfTwoPages(), 1001);
    SellPageParser.SellPage only = parser.parse(Fixtures.own("sell-release-1001-rows.html"), 1001);

    assertThat(first.lastShown()).isEqualTo(4);
    assertThat(first.total()).isEqualTo(8);
    assertThat(first.hasMore()).isTrue();
    assertThat(last.hasMore()).isFalse();
    assertThat(only.hasMore()).isFalse();
  }

  @Test
  void realSavedPageWithoutPriceAttributesReadsTheSamePricesFromTheText() {
    String html = Fixtures.shared("sell-release-2247646-2026-05.html")
        .replaceAll("data-currency=\\w+ data-pricevalue=[\\d.]+", "");

    List<Listing> listings = parser.parse(html, 2247646).listings();

    assertThat(listings).extracting(Listing::price)
        .containsExactly(Money.of("9000.00", "USD"), Money.of("11000.00", "EUR"));
    assertThat(listings).extracting(Listing::shipping)
        .containsExactly(Money.of("0", "USD"), Money.of("14.00", "EUR"));
  }

  @Test
  void realSavedPageWithAnUnavailableNoteAddedReadsIt() {
    String html = Fixtures.shared("sell-release-2247646-2026-05.html").replaceFirst(
        "<p class=\"hide_mobile label_and_cat\">", "<p class=\"hide_mobile\">Unavailable in Germany</p>$0");

    List<Listing> listings = parser.parse(html, 2247646).listings();

    assertThat(listings).extracting(Listing::unavailableIn).containsExactly("Germany", null);
  }

  @Test
  void realSavedPageWithItsRowsRenamedIsAFailure() {
    String html = Fixtures.shared("sell-release-2247646-2026-05.html").replace("shortcut_navigable", "listing_card");

    assertThatThrownBy(() -> parser.parse(html, 2247646))
        .isInstanceOf(SellPageException.class)
        .hasMessageContaining("it says 2 are for sale");
  }

  @Test
  void realSavedPageOfMay2026ParsesBothListings() {
    String html = Fixtures.shared("sell-release-2247646-2026-05.html");

    List<Listing> listings = parser.parse(html, 2247646).listings();

    assertThat(listings).hasSize(2);
    Listing usd = listings.get(0);
    assertThat(usd.listingId()).isEqualTo(4112342466L);
    assertThat(usd.price()).isEqualTo(new Money(new BigDecimal("9000.00"), Currency.USD));
    assertThat(usd.shipping()).isEqualTo(new Money(BigDecimal.ZERO, Currency.USD));
    assertThat(usd.mediaCondition()).isEqualTo(MediaCondition.VERY_GOOD_PLUS);
    assertThat(usd.sleeveCondition()).isEqualTo(SleeveCondition.VERY_GOOD_PLUS);
    assertThat(usd.seller().name()).isEqualTo("kgrecords1976");
    assertThat(usd.seller().rating()).isEqualByComparingTo("84.6");
    assertThat(usd.seller().feedbackCount()).isEqualTo(28);
    assertThat(usd.shipsFrom()).isEqualTo("United States");
    assertThat(usd.url()).isEqualTo("https://www.discogs.com/sell/item/4112342466");
    Listing eur = listings.get(1);
    assertThat(eur.listingId()).isEqualTo(431584673L);
    assertThat(eur.price()).isEqualTo(new Money(new BigDecimal("11000.00"), Currency.EUR));
    assertThat(eur.shipping()).isEqualTo(new Money(new BigDecimal("14.00"), Currency.EUR));
    assertThat(eur.mediaCondition()).isEqualTo(MediaCondition.NEAR_MINT);
    assertThat(eur.seller().name()).isEqualTo("johanz");
    assertThat(eur.seller().rating()).isEqualByComparingTo("98.8");
    assertThat(eur.seller().feedbackCount()).isEqualTo(166);
    assertThat(eur.shipsFrom()).isEqualTo("Netherlands");
  }
}
