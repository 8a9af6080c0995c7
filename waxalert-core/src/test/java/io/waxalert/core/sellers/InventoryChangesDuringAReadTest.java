package io.waxalert.core.sellers;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemorySellerInventoryStore;
import io.waxalert.core.model.Listing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A shop that lists and sells while its complete read is spread over checks: when the read ends,
 * every listing that stayed in the inventory throughout is known (none skipped by the pages moving
 * under the read), and every listing sold before the read started is gone.
 */
class InventoryChangesDuringAReadTest {

  private static final String SHOP = "busyshop";

  /** An inventory of ids, newest first; listings added on top, sold from anywhere. */
  private static final class Shop implements InventoryPages {
    final LinkedList<Long> ids = new LinkedList<>();

    @Override
    public InventoryPage read(String seller, int page) {
      int from = Math.min(ids.size(), (page - 1) * 100);
      List<Listing> listings = ids.subList(from, Math.min(ids.size(), from + 100)).stream()
          .map(id -> aListing().withId(id).bySeller(SHOP, "99", 10).build()).toList();
      return new InventoryPage(seller, page, (ids.size() + 99) / 100, ids.size(), 100, listings);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
  void noListingThatStaysIsSkippedAndNoneSoldBeforeTheReadStartsSurvivesIt(long seed) {
    Random random = new Random(seed);
    Shop shop = new Shop();
    long nextId = 1;
    for (int i = 0; i < 3_000; i++) {
      shop.ids.addFirst(nextId++);
    }
    InMemorySellerInventoryStore store = new InMemorySellerInventoryStore();
    Instant now = Instant.parse("2026-11-20T10:00:00Z");

    Set<Long> presentSinceStart = new HashSet<>();
    Set<Long> soldSinceLastRead = new HashSet<>();
    Set<Long> soldBeforeStart = new HashSet<>();
    int completedReads = 0;
    for (int check = 0; check < 80; check++) {
      Instant asOf = store.state(SHOP).map(SellerReadState::fullReadAsOf).orElse(null);
      if (store.state(SHOP).map(s -> s.readStartedAt() == null).orElse(true)) {
        // no read in progress: one may start with this check
        presentSinceStart = new HashSet<>(shop.ids);
        soldBeforeStart = new HashSet<>(soldSinceLastRead);
      }
      watchAt(shop, store, now).check(SHOP, List.of());
      SellerReadState state = store.state(SHOP).orElseThrow();
      if (state.fullReadAsOf() != null && !state.fullReadAsOf().equals(asOf)) {
        completedReads++;
        Set<Long> known = knownIds(store);
        assertThat(known).as("listings that stayed throughout the read").containsAll(presentSinceStart);
        Set<Long> stillKnown = new HashSet<>(soldBeforeStart);
        stillKnown.retainAll(known);
        assertThat(stillKnown).as("listings sold before the read started, still known").isEmpty();
        soldSinceLastRead.removeAll(soldBeforeStart);
      }
      // between checks: a few new on top, a few sold anywhere
      for (int i = random.nextInt(40); i > 0; i--) {
        shop.ids.addFirst(nextId++);
      }
      for (int i = random.nextInt(40); i > 0; i--) {
        Long sold = shop.ids.remove(random.nextInt(shop.ids.size()));
        presentSinceStart.remove(sold);
        soldSinceLastRead.add(sold);
      }
      now = now.plus(Duration.ofHours(1));
    }
    assertThat(completedReads).isGreaterThanOrEqualTo(3);
  }

  private static SellerWatch watchAt(Shop shop, InMemorySellerInventoryStore store, Instant at) {
    return SellerWatch.builder().pages(shop).store(store).notificationLog(new InMemoryNotificationLog())
        .exchangeRates(FixedExchangeRates.approximate()).clock(Clock.fixed(at, ZoneOffset.UTC))
        .policy(SellerWatchPolicy.builder().maxPagesPerCheck(4).maxStaleness(Duration.ofHours(30)).build()).build();
  }

  private static Set<Long> knownIds(InMemorySellerInventoryStore store) {
    return store.listings(SHOP, List.of(249504L)).stream().map(Listing::listingId).collect(Collectors.toSet());
  }
}
