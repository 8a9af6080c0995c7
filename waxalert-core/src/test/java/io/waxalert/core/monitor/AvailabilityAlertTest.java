package io.waxalert.core.monitor;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.Criterion;
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
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.testing.FakeListingSource;
import io.waxalert.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * An entry that asks nothing but availability never alerts "at any price" on every listing: it
 * alerts once each time its release comes up for sale after a check found none.
 */
class AvailabilityAlertTest {

  private static final long RELEASE = 4711;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
  private final InMemoryNotificationLog log = new InMemoryNotificationLog();

  private MonitoringEngine engineOver(FakeListingSource source) {
    return MonitoringEngine.builder()
        .listingSource(source).entries(entries).notificationLog(log).observations(new InMemoryPriceObservationStore())
        .deliveryChannels(Set.of("mail")).exchangeRates(FixedExchangeRates.approximate()).clock(clock).build();
  }

  private WantedEntry noCriteria(long releaseId) {
    WantedEntry entry = WantedEntry.forRelease("a", releaseId, "Artist – Title", Currency.EUR, AlertCriteria.none());
    entries.save(entry);
    return entry;
  }

  /** One check an hour later than the last. */
  private void checkAgain(MonitoringEngine engine, WantedEntry entry) {
    clock.advance(Duration.ofHours(1));
    engine.check(List.of(entries.find(entry.id()).orElseThrow()));
  }

  private EntryStatus statusOf(WantedEntry entry) {
    return entries.find(entry.id()).orElseThrow().status();
  }

  @Test
  void whatIsForSaleAtTheFirstCheckIsNotAlertedAndTheStatusIsMonitoringNotAMatch() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("3.00", "EUR"), 40, false));
    WantedEntry entry = noCriteria(RELEASE);

    CycleReport report = engineOver(source).check(List.of(entry));

    assertThat(report.newAlerts()).isZero();
    assertThat(report.matchedEntries()).isZero();
    assertThat(statusOf(entry)).isEqualTo(EntryStatus.MONITORING);
    assertThat(log.findByEntry(entry.id())).isEmpty();
  }

  @Test
  void comingUpForSaleAfterACheckFoundNoneAlertsOnceWithTheLowestPriceAndTheSellPage() {
    FakeListingSource source = FakeListingSource.statsOnly().stats(new MarketStats(RELEASE, null, 0, false));
    WantedEntry entry = noCriteria(RELEASE);
    MonitoringEngine engine = engineOver(source);
    engine.check(List.of(entry));
    assertThat(statusOf(entry)).isEqualTo(EntryStatus.NO_LISTINGS);

    source.stats(new MarketStats(RELEASE, Money.of("12.50", "EUR"), 3, false));
    checkAgain(engine, entry);
    checkAgain(engine, entry);

    List<Alert> alerts = log.findByEntry(entry.id());
    assertThat(alerts).singleElement().satisfies(alert -> {
      assertThat(alert.type()).isEqualTo(AlertType.FOR_SALE);
      assertThat(alert.price()).isEqualTo(Money.of("12.50", "EUR"));
      assertThat(alert.isStatsAlert()).isTrue();
      assertThat(alert.url()).isEqualTo("https://www.discogs.com/sell/release/" + RELEASE);
      assertThat(alert.verdicts()).singleElement().satisfies(v -> {
        assertThat(v.criterion()).isEqualTo(Criterion.FOR_SALE);
        assertThat(v.observed()).isEqualTo("3 for sale from 12.50 EUR");
      });
    });
    assertThat(statusOf(entry)).isEqualTo(EntryStatus.MONITORING);
    assertThat(log.outbox().backlog()).isEqualTo(1);
  }

  @Test
  void eachTimeItComesUpAgainAlertsAgainButAFailedCheckInBetweenCountsForNothing() {
    FakeListingSource source = FakeListingSource.statsOnly().stats(new MarketStats(RELEASE, null, 0, false));
    WantedEntry entry = noCriteria(RELEASE);
    MonitoringEngine engine = engineOver(source);
    engine.check(List.of(entry));
    source.stats(new MarketStats(RELEASE, Money.of("9.00", "EUR"), 1, false));
    checkAgain(engine, entry);
    source.stats(new MarketStats(RELEASE, null, 0, false));
    checkAgain(engine, entry);
    source.stats(new MarketStats(RELEASE, Money.of("9.00", "EUR"), 1, false));
    checkAgain(engine, entry);
    assertThat(log.findByEntry(entry.id())).as("sold, then offered again").hasSize(2);

    source.failing(RELEASE);
    checkAgain(engine, entry);
    source.healthy(RELEASE);
    checkAgain(engine, entry);

    assertThat(log.findByEntry(entry.id())).as("a failed check says nothing of the market").hasSize(2);
  }

  @Test
  void aMasterWhoseReleasesComeUpTogetherAlertsOnceAndNoListingIsFetched() {
    FakeListingSource source = FakeListingSource.withListings()
        .stats(new MarketStats(101, null, 0, false)).stats(new MarketStats(102, null, 0, false));
    WantedEntry master = new WantedEntry(UUID.randomUUID(), "a", ReleaseRef.master(900), List.of(101L, 102L),
        "Any pressing", Currency.EUR, AlertCriteria.none(), true, null);
    entries.save(master);
    MonitoringEngine engine = engineOver(source);
    engine.check(List.of(master));

    source.stats(new MarketStats(101, Money.of("20.00", "EUR"), 2, false))
        .stats(new MarketStats(102, Money.of("15.00", "EUR"), 1, false))
        .listings(101, aListing().forRelease(101).withPrice("20.00", "EUR").build());
    checkAgain(engine, master);

    assertThat(log.findByEntry(master.id())).singleElement()
        .satisfies(alert -> assertThat(alert.type()).isEqualTo(AlertType.FOR_SALE));
    assertThat(source.listingRequests()).as("availability needs no listings").isZero();
  }

  @Test
  void blockedSellersAloneStillMeanAvailabilityOnly() {
    FakeListingSource source = FakeListingSource.withListings()
        .listings(RELEASE, aListing().forRelease(RELEASE).withPrice("1.00", "EUR").build());
    WantedEntry entry = WantedEntry.forRelease("a", RELEASE, "t", Currency.EUR,
        AlertCriteria.builder().blockedSellers(Set.of("someone")).build());
    entries.save(entry);

    CycleReport report = engineOver(source).check(List.of(entry));

    assertThat(report.newAlerts()).isZero();
    assertThat(source.listingRequests()).isZero();
  }

  @Test
  void theCheckStateSaysHowOldTheMarketFiguresAre() {
    Instant fetched = clock.instant().minus(Duration.ofMinutes(3));
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("12.50", "EUR"), 3, false).withFetchedAt(fetched))
        .stats(new MarketStats(RELEASE + 1, Money.of("12.50", "EUR"), 3, false));
    WantedEntry reused = noCriteria(RELEASE);
    WantedEntry fresh = noCriteria(RELEASE + 1);

    engineOver(source).check(List.of(reused, fresh));

    CheckState state = entries.find(reused.id()).orElseThrow().lastCheck();
    assertThat(state.checkedAt()).isEqualTo(clock.instant());
    assertThat(state.marketFetchedAt()).isEqualTo(fetched);
    assertThat(entries.find(fresh.id()).orElseThrow().lastCheck().marketFetchedAt()).isEqualTo(clock.instant());
  }
}
