package io.waxalert.core.sellers;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseRef;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BundlesTest {

  private final FixedExchangeRates rates = FixedExchangeRates.perEuro(Map.of(Currency.USD, new BigDecimal("1.25")));

  private final WantedEntry a = want(101, "A – First", "30.00");
  private final WantedEntry b = want(102, "B – Second", "30.00");
  private final WantedEntry c = want(103, "C – Third", "30.00");

  private static WantedEntry want(long release, String title, String max) {
    return WantedEntry.forRelease("ann", release, title, Currency.EUR,
        AlertCriteria.builder().maxPrice(Money.of(max, "EUR")).minMediaCondition(MediaCondition.VERY_GOOD).build());
  }

  private static Listing offer(long id, String seller, long release, String price, String currency) {
    return aListing().withId(id).bySeller(seller, "99", 100).forRelease(release).withPrice(price, currency)
        .withMedia(MediaCondition.VERY_GOOD_PLUS).shippingFrom("Germany").build();
  }

  @Test
  void aSellerWithTwoWantsIsABundleWithItsTotalInTheCollectorsCurrency() {
    List<Bundle> bundles = Bundles.of(List.of(offer(1, "shop", 101, "10.00", "EUR"),
        offer(2, "shop", 102, "12.50", "USD"), offer(3, "loner", 101, "5.00", "EUR")), List.of(a, b, c), rates,
        Currency.EUR);

    assertThat(bundles).singleElement().satisfies(bundle -> {
      assertThat(bundle.seller()).isEqualTo("shop");
      assertThat(bundle.shipsFrom()).isEqualTo("Germany");
      assertThat(bundle.items()).extracting(Bundle.Item::entryId).containsExactly(a.id(), b.id());
      assertThat(bundle.items().get(1).price().toString()).isEqualTo("10.00 EUR");
      assertThat(bundle.total().toString()).isEqualTo("20.00 EUR");
    });
  }

  @Test
  void perWantTheCheapestFittingListingCounts() {
    List<Bundle> bundles = Bundles.of(List.of(offer(1, "shop", 101, "18.00", "EUR"),
        offer(2, "shop", 101, "11.00", "EUR"),
        aListing().withId(3).bySeller("shop", "99", 100).forRelease(101).withPrice("2.00", "EUR")
            .withMedia(MediaCondition.GOOD).build(),
        offer(4, "shop", 102, "40.00", "EUR"), offer(5, "shop", 102, "9.00", "EUR")), List.of(a, b), rates,
        Currency.EUR);

    assertThat(bundles).singleElement().satisfies(bundle -> {
      // the G copy does not fit, the 40.00 one is over the maximum
      assertThat(bundle.items()).extracting(item -> item.listing().listingId()).containsExactly(2L, 5L);
      assertThat(bundle.total().toString()).isEqualTo("20.00 EUR");
    });
  }

  @Test
  void mostWantsFirstThenTheCheaperTotal() {
    List<Listing> listings = List.of(
        offer(1, "two-dear", 101, "20.00", "EUR"), offer(2, "two-dear", 102, "20.00", "EUR"),
        offer(3, "three", 101, "25.00", "EUR"), offer(4, "three", 102, "25.00", "EUR"),
        offer(5, "three", 103, "25.00", "EUR"),
        offer(6, "two-cheap", 101, "5.00", "EUR"), offer(7, "two-cheap", 103, "5.00", "EUR"));

    List<Bundle> bundles = Bundles.of(listings, List.of(a, b, c), rates, Currency.EUR);

    assertThat(bundles).extracting(Bundle::seller).containsExactly("three", "two-cheap", "two-dear");
  }

  @Test
  void oneWantIsNoBundleAndNeitherArePausedEntriesOrUnconvertiblePrices() {
    WantedEntry paused = want(102, "B – Second", "30.00").withActive(false);
    List<Listing> listings = List.of(offer(1, "shop", 101, "10.00", "EUR"), offer(2, "shop", 102, "10.00", "EUR"),
        offer(3, "yen", 101, "1000", "JPY"), offer(4, "yen", 103, "10.00", "EUR"));

    assertThat(Bundles.of(listings, List.of(a, paused, c), rates, Currency.EUR)).isEmpty();
  }

  @Test
  void aListingSeenInTwoSourcesCountsOnceAndServesOneWant() {
    WantedEntry anyPressing = new WantedEntry(UUID.randomUUID(), "ann", ReleaseRef.master(900), List.of(101L, 201L),
        "A – First (any pressing)", Currency.EUR, AlertCriteria.builder().maxPrice(Money.of("30.00", "EUR")).build(),
        true, null);
    Listing onSellPage = offer(1, "shop", 101, "10.00", "EUR");
    Listing inInventory = offer(1, "Shop", 101, "10.00", "EUR");

    List<Bundle> twice = Bundles.of(List.of(onSellPage, inInventory), List.of(a, anyPressing), rates, Currency.EUR);
    List<Bundle> withAnother = Bundles.of(List.of(onSellPage, inInventory, offer(2, "shop", 201, "8.00", "EUR")),
        List.of(a, anyPressing), rates, Currency.EUR);

    assertThat(twice).isEmpty();
    assertThat(withAnother).singleElement().satisfies(bundle ->
        assertThat(bundle.items()).extracting(item -> item.listing().listingId()).containsExactly(1L, 2L));
  }

  @Test
  void aBlockedSellerOffersNoBundle() {
    WantedEntry blockingA = a.withCriteria(a.criteria().withBlockedSellers(List.of("shop")));
    WantedEntry blockingB = b.withCriteria(b.criteria().withBlockedSellers(List.of("shop")));

    assertThat(Bundles.of(List.of(offer(1, "shop", 101, "10.00", "EUR"), offer(2, "shop", 102, "10.00", "EUR")),
        List.of(blockingA, blockingB), rates, Currency.EUR)).isEmpty();
  }
}
