package io.waxalert.core.monitor;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemoryPriceObservationStore;
import io.waxalert.core.inmemory.InMemoryWantedEntryStore;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.testing.FakeListingSource;
import io.waxalert.core.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine over a source whose listings are fetched only where an entry needs them ({@code auto}). */
class ListingsOnlyWhenNeededTest {

  private static final long RELEASE = 249504;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
  private final InMemoryNotificationLog log = new InMemoryNotificationLog();

  private MonitoringEngine engineOver(FakeListingSource source) {
    return MonitoringEngine.builder()
        .listingSource(source).entries(entries).notificationLog(log)
        .observations(new InMemoryPriceObservationStore()).deliveryChannels(java.util.Set.of("mail"))
        .exchangeRates(FixedExchangeRates.approximate()).clock(clock).build();
  }

  private int owners;

  /** Each entry of another collector, so several can want the one release. */
  private WantedEntry want(AlertCriteria criteria) {
    WantedEntry entry = WantedEntry.forRelease("user-" + ++owners, RELEASE, "Artist – Title", Currency.EUR, criteria);
    entries.save(entry);
    return entry;
  }

  private static AlertCriteria.Builder maxEur(String amount) {
    return AlertCriteria.builder().maxPrice(Money.of(amount, "EUR"));
  }

  private CheckState stateOf(WantedEntry entry) {
    return entries.find(entry.id()).orElseThrow().lastCheck();
  }

  private static FakeListingSource marketFrom20Eur() {
    return FakeListingSource.withListingsWhenNeeded()
        .stats(new MarketStats(RELEASE, Money.of("20.00", "EUR"), 2, false))
        .listings(RELEASE,
            aListing().withId(1).forRelease(RELEASE).withPrice("20.00", "EUR").withMedia(MediaCondition.GOOD).build(),
            aListing().withId(2).forRelease(RELEASE).withPrice("24.00", "EUR").withMedia(MediaCondition.NEAR_MINT)
                .build());
  }

  @Test
  void entryWithPriceCriteriaOnlyIsJudgedOnTheStatsWithoutFetchingListings() {
    FakeListingSource source = marketFrom20Eur();
    WantedEntry priceOnly = want(maxEur("25.00").build());

    CycleReport report = engineOver(source).check(List.of(priceOnly));

    assertThat(source.listingRequests()).isZero();
    assertThat(report.listingRequests()).isZero();
    assertThat(log.findByEntry(priceOnly.id())).singleElement()
        .satisfies(alert -> assertThat(alert.isStatsAlert()).isTrue());
    assertThat(stateOf(priceOnly).status()).isEqualTo(EntryStatus.PRICE_MATCHED);
  }

  @Test
  void entryWithAConditionGetsTheListingsAndIsAlertedOnTheFittingOneOnly() {
    FakeListingSource source = marketFrom20Eur();
    WantedEntry nearMint = want(maxEur("25.00").minMediaCondition(MediaCondition.NEAR_MINT).build());

    engineOver(source).check(List.of(nearMint));

    assertThat(source.listingRequests()).isEqualTo(1);
    assertThat(log.findByEntry(nearMint.id())).extracting(Alert::listingId).containsExactly(2L);
  }

  @Test
  void listingCriteriaDoNotSpendAListingRequestWhenTheLowestPriceCannotFit() {
    FakeListingSource source = marketFrom20Eur();
    WantedEntry cheap = want(maxEur("10.00").minMediaCondition(MediaCondition.NEAR_MINT).build());

    engineOver(source).check(List.of(cheap));

    assertThat(source.listingRequests()).isZero();
    assertThat(stateOf(cheap).status()).isEqualTo(EntryStatus.MONITORING);
  }

  @Test
  void oneListingFetchServesTheEntriesThatNeedItWhileTheOthersUseTheStats() {
    FakeListingSource source = marketFrom20Eur();
    WantedEntry priceOnly = want(maxEur("25.00").build());
    WantedEntry german = want(maxEur("30.00").shipsFrom(ShipsFromFilter.onlyFrom(List.of("Germany"))).build());
    WantedEntry nearMint = want(maxEur("30.00").minMediaCondition(MediaCondition.NEAR_MINT).build());

    engineOver(source).check(List.of(priceOnly, german, nearMint));

    assertThat(source.listingRequests()).isEqualTo(1);
    assertThat(log.findByEntry(priceOnly.id())).singleElement().satisfies(a -> assertThat(a.isStatsAlert()).isTrue());
    assertThat(log.findByEntry(german.id())).extracting(Alert::listingId).containsExactlyInAnyOrder(1L, 2L);
    assertThat(log.findByEntry(nearMint.id())).extracting(Alert::listingId).containsExactly(2L);
  }

  @Test
  void unreadableListingsGiveAStatsAlertThatNamesWhatWasNotVerifiedAndWhy() {
    FakeListingSource source = marketFrom20Eur().failingListings(RELEASE);
    WantedEntry entry = want(maxEur("25.00").minMediaCondition(MediaCondition.NEAR_MINT)
        .shipsFrom(ShipsFromFilter.onlyFrom(List.of("Germany"))).build());

    CycleReport report = engineOver(source).check(List.of(entry));

    assertThat(report.listingRequests()).isEqualTo(1);
    assertThat(log.findByEntry(entry.id())).singleElement().satisfies(alert -> {
      assertThat(alert.isStatsAlert()).isTrue();
      assertThat(alert.price()).isEqualTo(Money.of("20.00", "EUR"));
      assertThat(alert.explain())
          .contains("not verified (media condition, ships from)")
          .contains("robot check instead of the sell page of release " + RELEASE);
    });
    assertThat(stateOf(entry).status()).isEqualTo(EntryStatus.PRICE_MATCHED);
  }

  @Test
  void unreadableListingsWhoseStatsCannotFireEitherLeaveTheEntryFailedWithTheReason() {
    FakeListingSource source = marketFrom20Eur().failingListings(RELEASE);
    // Total price wanted but shipping unknown from the stats: the lowest price alone cannot fire.
    WantedEntry entry = want(maxEur("25.00").minMediaCondition(MediaCondition.NEAR_MINT)
        .priceBasis(AlertCriteria.PriceBasis.ITEM_PLUS_SHIPPING)
        .unknownShipping(AlertCriteria.UnknownShipping.DO_NOT_JUDGE).build());

    CycleReport report = engineOver(source).check(List.of(entry));

    assertThat(log.findByEntry(entry.id())).isEmpty();
    assertThat(report.failedEntries()).isEqualTo(1);
    assertThat(stateOf(entry).status()).isEqualTo(EntryStatus.CHECK_FAILED);
    assertThat(stateOf(entry).message()).contains("robot check");
  }

  @Test
  void aSourceThatGivesListingsForEveryEntryStillFailsTheCheckWhenTheyCannotBeRead() {
    FakeListingSource source = FakeListingSource.withListings()
        .stats(new MarketStats(RELEASE, Money.of("20.00", "EUR"), 2, false)).failingListings(RELEASE);
    WantedEntry entry = want(maxEur("25.00").minMediaCondition(MediaCondition.NEAR_MINT).build());

    engineOver(source).check(List.of(entry));

    assertThat(log.findByEntry(entry.id())).isEmpty();
    assertThat(stateOf(entry).status()).isEqualTo(EntryStatus.CHECK_FAILED);
  }
}
