package io.waxalert.core.testing;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.core.sellers.SellerInventoryStore;
import io.waxalert.core.sellers.SellerReadState;
import io.waxalert.core.sellers.SellerStatus;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link SellerInventoryStore} must do. Tests use random seller names, so stores may be shared. */
public abstract class AbstractSellerInventoryStoreContractTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  protected SellerInventoryStore store;
  private String seller;

  protected abstract SellerInventoryStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
    seller = "Shop" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aSellerNeverReadHasNoStateAndNoListings() {
    assertThat(store.state(seller)).isEmpty();
    assertThat(store.count(seller)).isZero();
    assertThat(store.listings(seller, List.of(1L, 2L))).isEmpty();
    assertThat(store.removeReadBefore(seller, T0)).isZero();
  }

  @Test
  void theStateIsKeptAsSavedAndFoundWhateverTheCaseOfTheName() {
    SellerReadState reading = new SellerReadState(seller, T0, 250, null, T0.minusSeconds(60), 300, 1200, null);
    SellerReadState failed = new SellerReadState(seller, T0.plusSeconds(3600), 1200, T0, null, 0, 1210,
        "the inventory of " + seller + " could not be read: HTTP 500");

    store.saveState(reading);
    assertThat(store.state(seller.toUpperCase())).contains(reading);
    store.saveState(failed);

    assertThat(store.state(seller.toLowerCase())).contains(failed);
    assertThat(store.state(seller).orElseThrow().status()).isEqualTo(SellerStatus.CHECK_FAILED);
  }

  @Test
  void recordingTellsWhichListingsAreNewAndReplacesKnownOnes() {
    Listing first = aListing().withId(9_100_001).forRelease(11).withPrice("30.00", "EUR").build();
    Listing second = aListing().withId(9_100_002).forRelease(12).build();

    Set<Long> fresh = store.record(seller, List.of(first, second), T0);
    Listing cheaper = aListing().withId(9_100_001).forRelease(11).withPrice("20.00", "EUR").build();
    Set<Long> again = store.record(seller.toUpperCase(), List.of(cheaper), T0.plusSeconds(60));

    assertThat(fresh).containsExactlyInAnyOrder(9_100_001L, 9_100_002L);
    assertThat(again).isEmpty();
    assertThat(store.count(seller)).isEqualTo(2);
    assertThat(store.listings(seller, List.of(11L))).singleElement()
        .satisfies(l -> assertThat(l.price().amount()).isEqualByComparingTo("20.00"));
  }

  @Test
  void listingsComeBackWithEveryFieldAndOnlyOfTheReleasesAskedFor() {
    Listing full = aListing().withId(9_200_001).forRelease(21).withPrice("12.34", "USD").withShipping("4.50", "GBP")
        .withMedia(MediaCondition.NEAR_MINT).withSleeve(SleeveCondition.GENERIC).bySeller(seller, "99.8", 15571)
        .shippingFrom("United States").unavailableIn("Germany").build();
    Listing sparse = new Listing(9_200_002, 22, io.waxalert.core.model.Money.of("7.00", "EUR"), null,
        MediaCondition.GOOD_PLUS, SleeveCondition.NOT_GRADED, io.waxalert.core.model.Seller.named(seller), null, null,
        "https://www.discogs.com/sell/item/9200002");
    Listing other = aListing().withId(9_200_003).forRelease(23).build();
    store.record(seller, List.of(full, sparse, other), T0);
    store.record(seller + "x", List.of(aListing().withId(9_200_004).forRelease(21).build()), T0);

    List<Listing> found = store.listings(seller, List.of(21L, 22L));

    // amounts compare by value: a database keeps cents, whatever the scale they came with
    assertThat(found).usingRecursiveFieldByFieldElementComparator(RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build())
        .containsExactlyInAnyOrder(full, sparse);
  }

  @Test
  void listingsNotReadSinceAGivenTimeAreForgotten() {
    store.record(seller, List.of(aListing().withId(9_300_001).build(), aListing().withId(9_300_002).build()), T0);
    store.record(seller, List.of(aListing().withId(9_300_002).build()), T0.plusSeconds(3600));
    store.record(seller + "x", List.of(aListing().withId(9_300_003).build()), T0);

    int removed = store.removeReadBefore(seller, T0.plusSeconds(3600));

    assertThat(removed).isEqualTo(1);
    assertThat(store.count(seller)).isEqualTo(1);
    assertThat(store.count(seller + "x")).isEqualTo(1);
  }

  @Test
  void aForgottenSellerHasNeitherStateNorListings() {
    store.saveState(SellerReadState.unread(seller));
    store.record(seller, List.of(aListing().withId(9_400_001).build()), T0);

    store.forget(seller.toUpperCase());

    assertThat(store.state(seller)).isEmpty();
    assertThat(store.count(seller)).isZero();
  }
}
