package io.waxalert.core.sellers;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemoryPriceObservationStore;
import io.waxalert.core.inmemory.InMemorySellerInventoryStore;
import io.waxalert.core.inmemory.InMemoryWantedEntryStore;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.core.spi.ListingSourceException;
import io.waxalert.core.testing.FakeInventory;
import io.waxalert.core.testing.FakeListingSource;
import io.waxalert.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Following a seller: what each check reads (counted in requests) and what it alerts. */
class SellerWatchTest {

  private static final String SHOP = "VinylShop";
  private static final Duration HOUR = Duration.ofHours(1);

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final FakeInventory discogs = new FakeInventory();
  private final InMemorySellerInventoryStore store = new InMemorySellerInventoryStore();
  private final InMemoryNotificationLog log = new InMemoryNotificationLog();

  private final WantedEntry nightShift = WantedEntry.forRelease("ann", 1001, "Example Band – Night Shift", Currency.EUR,
      AlertCriteria.builder().maxPrice(Money.of("25.00", "EUR")).minMediaCondition(MediaCondition.VERY_GOOD_PLUS)
          .build());

  private SellerWatch watch(int pagesPerCheck) {
    return SellerWatch.builder().pages(discogs).store(store).notificationLog(log).deliveryChannels(Set.of("mail"))
        .exchangeRates(FixedExchangeRates.approximate()).clock(clock)
        .policy(SellerWatchPolicy.builder().maxPagesPerCheck(pagesPerCheck).build()).build();
  }

  private static Listing fitting(long id) {
    return aListing().withId(id).forRelease(1001).withPrice("20.00", "EUR").withMedia(MediaCondition.NEAR_MINT)
        .bySeller(SHOP, "99.5", 120).build();
  }

  @Test
  void aSmallShopIsReadWholeOnceAndThenOnePagePerCheck() {
    discogs.listMany(SHOP, 1, 120, 5).list(SHOP, fitting(500)).listMany(SHOP, 1000, 129, 5);
    SellerWatch watch = watch(10);

    SellerCheckReport first = watch.check(SHOP, List.of(nightShift));
    clock.advance(HOUR);
    SellerCheckReport second = watch.check(SHOP, List.of(nightShift));

    assertThat(first.requests()).isEqualTo(3);
    assertThat(first.status()).isEqualTo(SellerStatus.OK);
    assertThat(first.listingsKnown()).isEqualTo(250);
    assertThat(first.newAlerts()).isEqualTo(1);
    assertThat(second.requests()).isEqualTo(1);
    assertThat(second.newAlerts()).isZero();
    Alert alert = log.findByEntry(nightShift.id()).get(0);
    assertThat(alert.listingKey()).isEqualTo("listing:500");
    assertThat(alert.url()).isEqualTo("https://www.discogs.com/sell/item/500");
    assertThat(alert.sellerName()).isEqualTo(SHOP);
    assertThat(log.outbox().backlog()).isEqualTo(1);
  }

  @Test
  void newListingsOnTopCostThePagesDownToTheFirstKnownOne() {
    discogs.listMany(SHOP, 1, 250, 5);
    SellerWatch watch = watch(10);
    watch.check(SHOP, List.of(nightShift));
    discogs.pagesAskedSinceLast();

    clock.advance(HOUR);
    discogs.listMany(SHOP, 10_000, 149, 5).list(SHOP, fitting(20_000));
    SellerCheckReport report = watch.check(SHOP, List.of(nightShift));

    // 150 new: page 1 new, page 2 half new, page 3 all known
    assertThat(discogs.pagesAskedSinceLast()).containsExactly(1, 2, 3);
    assertThat(report.newListings()).isEqualTo(150);
    assertThat(report.newAlerts()).isEqualTo(1);
    assertThat(report.listingsKnown()).isEqualTo(400);
  }

  @Test
  void theFirstReadOfABigShopIsSpreadOverChecksAndSaysReading() {
    discogs.listMany(SHOP, 1, 5_000, 5);
    SellerWatch watch = watch(10);

    List<SellerCheckReport> reports = IntStream.range(0, 6).mapToObj(i -> {
      SellerCheckReport report = watch.check(SHOP, List.of(nightShift));
      clock.advance(HOUR);
      return report;
    }).toList();

    assertThat(reports).extracting(SellerCheckReport::status).containsExactly(SellerStatus.READING,
        SellerStatus.READING, SellerStatus.READING, SellerStatus.READING, SellerStatus.READING, SellerStatus.OK);
    assertThat(reports).extracting(SellerCheckReport::listingsKnown).containsExactly(1000L, 1900L, 2800L, 3700L,
        4600L, 5000L);
    // 50 pages: 10 in the first check, then page 1 for news plus 9 of the read in progress
    assertThat(reports).extracting(SellerCheckReport::requests).containsExactly(10, 10, 10, 10, 10, 5);
    assertThat(watch.check(SHOP, List.of(nightShift)).requests()).isEqualTo(1);
  }

  @Test
  void aShopOf50000ListingsNeverCostsMoreThanItsPagesPerCheck() {
    discogs.listMany(SHOP, 1, 50_000, 5);
    SellerWatch watch = watch(10);

    int firstRead = 0;
    int checks = 0;
    SellerCheckReport report;
    do {
      report = watch.check(SHOP, List.of(nightShift));
      firstRead += report.requests();
      checks++;
      clock.advance(HOUR);
    } while (report.status() == SellerStatus.READING);

    // Discogs serves the newest 10,000 (100 pages): 10 pages, then page 1 again plus 9 of the read
    assertThat(report.listingsKnown()).isEqualTo(10_000);
    assertThat(checks).isEqualTo(11);
    assertThat(firstRead).isEqualTo(100 + checks - 1);

    Instant readAsOf = store.state(SHOP).orElseThrow().fullReadAsOf();
    int day = 0;
    for (int hour = 0; hour < 24; hour++) {
      SellerCheckReport later = watch.check(SHOP, List.of(nightShift));
      assertThat(later.requests()).isBetween(1, 10);
      day += later.requests();
      clock.advance(HOUR);
    }
    Instant nextReadAsOf = store.state(SHOP).orElseThrow().fullReadAsOf();
    // re-read within max-staleness: a complete read takes 11 hourly checks here, so it starts again
    // 12 hours after the last one started; page 1 every check
    assertThat(Duration.between(readAsOf, nextReadAsOf)).isLessThanOrEqualTo(Duration.ofHours(24));
    assertThat(day).as("requests in the 24 checks after the first read").isLessThanOrEqualTo(24 + 2 * 99);
  }

  @Test
  void newListingsSpanningSeveralPagesEachCheckStartTheNextCompleteReadSoonerSoItEndsWithinMaxStaleness() {
    discogs.listMany(SHOP, 1, 5_000, 5);
    SellerWatch watch = watch(10);
    while (watch.check(SHOP, List.of(nightShift)).status() == SellerStatus.READING) {
      clock.advance(HOUR);
    }
    Instant firstAsOf = store.state(SHOP).orElseThrow().fullReadAsOf();

    // 500 listed and 500 sold every hour: the news alone take 6 of the 10 pages of each check, so
    // the complete read progresses by 4 pages a check, not 9
    long nextId = 5_001;
    long oldest = 1;
    Instant completed = null;
    for (int hour = 1; hour <= 30 && completed == null; hour++) {
      clock.advance(HOUR);
      discogs.listMany(SHOP, nextId, 500, 5);
      nextId += 500;
      for (int i = 0; i < 500; i++) {
        discogs.sell(SHOP, oldest++);
      }
      assertThat(watch.check(SHOP, List.of(nightShift)).requests()).isLessThanOrEqualTo(10);
      if (!firstAsOf.equals(store.state(SHOP).orElseThrow().fullReadAsOf())) {
        completed = clock.instant();
      }
    }

    assertThat(completed).as("the next complete read ended").isNotNull();
    assertThat(completed).isBeforeOrEqualTo(firstAsOf.plus(Duration.ofHours(24)));
    assertThat(store.state(SHOP).orElseThrow().fullReadAsOf()).as("not read continuously")
        .isAfterOrEqualTo(firstAsOf.plus(Duration.ofHours(12)));
  }

  @Test
  void aSoldListingLeavesWithTheNextCompleteReadWithinMaxStaleness() {
    discogs.listMany(SHOP, 1, 120, 5).list(SHOP, fitting(500)).listMany(SHOP, 1000, 129, 5);
    SellerWatch watch = watch(10);
    watch.check(SHOP, List.of(nightShift));
    Instant sold = clock.instant().plus(Duration.ofMinutes(30));
    discogs.sell(SHOP, 500);

    int requests = 0;
    Instant gone = null;
    for (int hour = 1; hour <= 24 && gone == null; hour++) {
      clock.advance(HOUR);
      SellerCheckReport report = watch.check(SHOP, List.of(nightShift));
      requests += report.requests();
      if (report.removedListings() > 0) {
        gone = clock.instant();
      }
    }

    assertThat(gone).isNotNull();
    assertThat(Duration.between(sold, gone)).isLessThanOrEqualTo(Duration.ofHours(24));
    assertThat(store.listings(SHOP, List.of(1001L))).isEmpty();
    assertThat(store.count(SHOP)).isEqualTo(249);
    int checks = (int) Duration.between(sold.minus(Duration.ofMinutes(30)), gone).toHours();
    assertThat(requests).as("page 1 per check, the other two pages once").isEqualTo(checks + 2);
  }

  @Test
  void aFailedPageSaysCheckFailedKeepsWhatWasReadAndTheNextCheckResumes() {
    discogs.listMany(SHOP, 1, 2_000, 5);
    SellerWatch watch = watch(5);
    watch.check(SHOP, List.of(nightShift));
    discogs.failOnPage(7, new ListingSourceException("Discogs did not answer (HTTP 502)"));
    discogs.pagesAskedSinceLast();

    clock.advance(HOUR);
    SellerCheckReport failed = watch.check(SHOP, List.of(nightShift));
    SellerReadState afterFailure = store.state(SHOP).orElseThrow();
    clock.advance(HOUR);
    SellerCheckReport resumed = watch.check(SHOP, List.of(nightShift));

    assertThat(failed.status()).isEqualTo(SellerStatus.CHECK_FAILED);
    assertThat(failed.failure()).contains("HTTP 502");
    assertThat(failed.requests()).isEqualTo(3);
    assertThat(failed.listingsKnown()).isEqualTo(600);
    assertThat(afterFailure.failure()).contains("HTTP 502");
    assertThat(afterFailure.readPosition()).isEqualTo(600);
    assertThat(resumed.status()).isEqualTo(SellerStatus.READING);
    assertThat(discogs.pagesAskedSinceLast()).containsExactly(1, 6, 7, 1, 7, 8, 9, 10);
  }

  @Test
  void aListingAlertedFromTheSellPageIsNotAlertedAgainFromTheInventory() {
    Listing listing = fitting(777);
    InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
    entries.save(nightShift);
    MonitoringEngine.builder().listingSource(FakeListingSource.withListings().listings(1001, listing))
        .entries(entries).notificationLog(log).observations(new InMemoryPriceObservationStore())
        .exchangeRates(FixedExchangeRates.approximate()).clock(clock).build()
        .check(List.of(nightShift));
    discogs.list(SHOP, listing);

    SellerCheckReport report = watch(10).check(SHOP, List.of(nightShift));

    assertThat(report.newAlerts()).isZero();
    assertThat(log.findByEntry(nightShift.id())).singleElement()
        .satisfies(a -> assertThat(a.listingKey()).isEqualTo("listing:777"));
  }

  @Test
  void aMasterEntryCountsItsReleasesAndEveryFollowerIsJudgedWithTheirOwnCriteria() {
    WantedEntry anyPressing = new WantedEntry(UUID.randomUUID(), "bob", ReleaseRef.master(2002), List.of(1001L, 1002L),
        "Example Band – Night Shift", Currency.EUR, AlertCriteria.builder().maxPrice(Money.of("15.00", "EUR")).build(),
        true, null);
    discogs.list(SHOP, aListing().withId(801).forRelease(1002).withPrice("12.00", "EUR").bySeller(SHOP, "99", 50)
        .build(), fitting(802));

    SellerCheckReport report = watch(10).check(SHOP, List.of(nightShift, anyPressing));

    assertThat(report.newAlerts()).isEqualTo(2);
    assertThat(log.findByEntry(anyPressing.id())).extracting(Alert::listingId).containsExactly(801L);
    assertThat(log.findByEntry(nightShift.id())).extracting(Alert::listingId).containsExactly(802L);
  }

  @Test
  void anEntryAddedLaterIsJudgedAgainstListingsReadBefore() {
    discogs.list(SHOP, fitting(901));
    SellerWatch watch = watch(10);
    watch.check(SHOP, List.of());

    clock.advance(HOUR);
    SellerCheckReport report = watch.check(SHOP, List.of(nightShift));

    assertThat(report.requests()).isEqualTo(1);
    assertThat(report.newAlerts()).isEqualTo(1);
  }

  @Test
  void aBlockedSellerAndAPausedEntryAlertNothing() {
    discogs.list(SHOP, fitting(951));
    WantedEntry blocking = nightShift.withCriteria(nightShift.criteria().withBlockedSellers(List.of("vinylshop")));
    WantedEntry paused = WantedEntry.forRelease("cat", 1001, "Example Band – Night Shift", Currency.EUR,
        AlertCriteria.none()).withActive(false);

    SellerCheckReport report = watch(10).check(SHOP, List.of(blocking, paused));

    assertThat(report.newAlerts()).isZero();
    assertThat(log.findByOwner("ann")).isEmpty();
    assertThat(log.findByOwner("cat")).isEmpty();
  }

  @Test
  void anEmptyInventoryIsReadCompletelyWithOneRequest() {
    SellerCheckReport report = watch(10).check(SHOP, List.of(nightShift));

    assertThat(report.requests()).isEqualTo(1);
    assertThat(report.status()).isEqualTo(SellerStatus.OK);
    assertThat(report.listingsKnown()).isZero();
    assertThat(report.summary()).isEqualTo("seller VinylShop: 1 request, 0 new, 0 gone, 0 alerts, 0 known (ok)");
  }
}
