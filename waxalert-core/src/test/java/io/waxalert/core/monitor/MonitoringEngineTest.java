package io.waxalert.core.monitor;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.entry.Alert;
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
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.testing.FakeListingSource;
import io.waxalert.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MonitoringEngineTest {

  private static final long RELEASE = 249504;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
  private final InMemoryNotificationLog log = new InMemoryNotificationLog();
  private final InMemoryPriceObservationStore observations = new InMemoryPriceObservationStore();
  private final List<CycleReport> reported = new ArrayList<>();

  private MonitoringEngine engineOver(FakeListingSource source) {
    return MonitoringEngine.builder()
        .listingSource(source).entries(entries).notificationLog(log).observations(observations)
        .deliveryChannels(Set.of("mail")).onCycle(reported::add)
        .exchangeRates(FixedExchangeRates.approximate()).clock(clock).build();
  }

  /** The alerts queued for delivery so far, oldest first. */
  private List<Alert> queued() {
    return log.outbox().due(Instant.MAX, 100_000).stream().map(due -> due.alert()).toList();
  }

  private WantedEntry want(String owner, long releaseId, AlertCriteria criteria) {
    WantedEntry entry = WantedEntry.forRelease(owner, releaseId, "Artist – Title " + releaseId, Currency.EUR, criteria);
    entries.save(entry);
    return entry;
  }

  private static AlertCriteria maxEur(String amount) {
    return AlertCriteria.builder().maxPrice(Money.of(amount, "EUR")).build();
  }

  private EntryStatus statusOf(WantedEntry entry) {
    return entries.find(entry.id()).orElseThrow().status();
  }

  @Test
  void oneFetchServesEveryEntryOfEveryUserWantingTheRelease() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("20.00", "EUR"), 5, false))
        .stats(new MarketStats(2, Money.of("50.00", "EUR"), 1, false));
    for (int user = 0; user < 20; user++) {
      want("user-" + user, RELEASE, maxEur("25.00"));
      want("user-" + user, 2, maxEur("25.00"));
    }

    CycleReport report = engineOver(source).runDue();

    assertThat(source.statsRequests()).isEqualTo(2);
    assertThat(report.entriesChecked()).isEqualTo(40);
    assertThat(report.releasesChecked()).isEqualTo(2);
    assertThat(report.matchedEntries()).isEqualTo(20);
    assertThat(report.newAlerts()).isEqualTo(20);
    assertThat(queued()).hasSize(20);
  }

  @Test
  void engineWithoutDeliveryChannelsOnlyRecordsTheAlerts() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("20.00", "EUR"), 5, false));
    WantedEntry entry = want("a", RELEASE, maxEur("25.00"));
    MonitoringEngine recordingOnly = MonitoringEngine.builder()
        .listingSource(source).entries(entries).notificationLog(log).observations(observations)
        .exchangeRates(FixedExchangeRates.approximate()).clock(clock).build();

    CycleReport report = recordingOnly.check(List.of(entry));

    assertThat(report.newAlerts()).isEqualTo(1);
    assertThat(log.findByEntry(entry.id())).hasSize(1);
    assertThat(log.outbox().backlog()).isZero();
  }

  @Test
  void eachNewAlertIsQueuedOnEveryDeliveryChannelWithItsVerdicts() {
    FakeListingSource source = FakeListingSource.withListings()
        .listings(RELEASE, aListing().withId(31).forRelease(RELEASE).withPrice("20.00", "EUR")
            .withShipping("4.50", "EUR").build());
    WantedEntry entry = want("a", RELEASE, maxEur("25.00"));
    MonitoringEngine engine = MonitoringEngine.builder()
        .listingSource(source).entries(entries).notificationLog(log).observations(observations)
        .deliveryChannels(Set.of("mail", "webhook", "telegram"))
        .exchangeRates(FixedExchangeRates.approximate()).clock(clock).build();

    engine.check(List.of(entry));

    assertThat(log.outbox().dueFor("a", clock.instant(), 10)).extracting(due -> due.channel())
        .containsExactlyInAnyOrder("mail", "webhook", "telegram");
    Alert alert = log.findByEntry(entry.id()).get(0);
    assertThat(alert.shipping()).isEqualTo(Money.of("4.50", "EUR"));
    assertThat(alert.sellerFeedback()).isEqualTo(1200);
    assertThat(alert.verdicts()).singleElement().satisfies(verdict -> {
      assertThat(verdict.observed()).isEqualTo("20.00 EUR");
      assertThat(verdict.required()).isEqualTo("at most 25.00 EUR");
    });
  }

  @Test
  void everyCycleReportGoesToTheListener() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("20.00", "EUR"), 5, false));
    want("a", RELEASE, maxEur("25.00"));
    MonitoringEngine engine = engineOver(source);

    CycleReport first = engine.runDue();
    CycleReport second = engine.runDue();

    assertThat(reported).containsExactly(first, second);
  }

  @Test
  void listingsAreFetchedOnlyWhereTheLowestPriceCouldFit() {
    FakeListingSource source = FakeListingSource.withListings()
        .listings(RELEASE, aListing().forRelease(RELEASE).withPrice("30.00", "EUR").build())
        .listings(2, aListing().forRelease(2).withPrice("10.00", "EUR").build());
    want("a", RELEASE, maxEur("25.00"));
    want("a", 2, maxEur("25.00"));

    CycleReport report = engineOver(source).runDue();

    assertThat(report.statsRequests()).isEqualTo(2);
    assertThat(report.listingRequests()).isEqualTo(1);
    assertThat(source.listingRequests()).isEqualTo(1);
  }

  @Test
  void fittingListingIsAlertedOnceAcrossCyclesAndPriceDrops() {
    FakeListingSource source = FakeListingSource.withListings()
        .listings(RELEASE, aListing().withId(11).forRelease(RELEASE).withPrice("20.00", "EUR").build());
    WantedEntry entry = want("a", RELEASE, maxEur("25.00"));
    MonitoringEngine engine = engineOver(source);

    engine.check(List.of(entry));
    source.listings(RELEASE, aListing().withId(11).forRelease(RELEASE).withPrice("15.00", "EUR").build());
    CycleReport second = engine.check(List.of(entry));

    assertThat(second.newAlerts()).isZero();
    assertThat(queued()).hasSize(1);
    Alert alert = queued().get(0);
    assertThat(alert.listingId()).isEqualTo(11L);
    assertThat(alert.type()).isEqualTo(AlertType.PRICE_MATCHED);
    assertThat(alert.url()).isEqualTo("https://www.discogs.com/sell/item/11");
    assertThat(alert.explain()).contains("max price (ok): 20.00 EUR is at most 25.00 EUR");
    assertThat(statusOf(entry)).isEqualTo(EntryStatus.PRICE_MATCHED);
  }

  @Test
  void listingFirstSeenOutOfRangeIsAlertedWhenItComesInRange() {
    FakeListingSource source = FakeListingSource.withListings()
        .listings(RELEASE, aListing().withId(12).forRelease(RELEASE).withPrice("30.00", "EUR").build());
    WantedEntry entry = want("a", RELEASE, maxEur("25.00"));
    MonitoringEngine engine = engineOver(source);

    CycleReport first = engine.check(List.of(entry));
    source.listings(RELEASE, aListing().withId(12).forRelease(RELEASE).withPrice("24.00", "EUR").build());
    CycleReport second = engine.check(List.of(entry));

    assertThat(first.newAlerts()).isZero();
    assertThat(second.newAlerts()).isEqualTo(1);
    assertThat(queued()).extracting(Alert::listingId).containsExactly(12L);
  }

  @Test
  void statsAlertRepeatsOnlyForALowerLowestPrice() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("20.00", "EUR"), 3, false));
    WantedEntry entry = want("a", RELEASE, maxEur("25.00"));
    MonitoringEngine engine = engineOver(source);

    engine.check(List.of(entry));
    source.stats(new MarketStats(RELEASE, Money.of("22.00", "EUR"), 3, false));
    engine.check(List.of(entry));
    source.stats(new MarketStats(RELEASE, Money.of("20.00", "EUR"), 3, false));
    engine.check(List.of(entry));
    source.stats(new MarketStats(RELEASE, Money.of("18.00", "EUR"), 3, false));
    engine.check(List.of(entry));

    assertThat(queued()).extracting(a -> a.price().amountText()).containsExactly("20.00", "18.00");
    Alert alert = queued().get(0);
    assertThat(alert.isStatsAlert()).isTrue();
    assertThat(alert.url()).isEqualTo("https://www.discogs.com/sell/release/" + RELEASE);
  }

  @Test
  void statsAlertNeedsAPriceLowerToTheCentNotJustUnroundedNoise() {
    // Discogs sends unrounded floats; 11.999 after an alerted 12.004 is 12.00 both times
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("12.004", "EUR"), 3, false));
    WantedEntry entry = want("a", RELEASE, maxEur("25.00"));
    MonitoringEngine engine = engineOver(source);

    engine.check(List.of(entry));
    source.stats(new MarketStats(RELEASE, Money.of("11.999", "EUR"), 3, false));
    engine.check(List.of(entry));
    source.stats(new MarketStats(RELEASE, Money.of("11.99", "EUR"), 3, false));
    engine.check(List.of(entry));

    assertThat(queued()).extracting(a -> a.price().amountText()).containsExactly("12.00", "11.99");
  }

  @Test
  void failureOfOneReleaseMarksItsEntriesFailedAndTheCycleGoesOn() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(2, Money.of("10.00", "EUR"), 1, false))
        .failing(RELEASE);
    WantedEntry broken = want("a", RELEASE, maxEur("25.00"));
    WantedEntry fine = want("a", 2, maxEur("25.00"));

    CycleReport report = engineOver(source).runDue();

    assertThat(statusOf(broken)).isEqualTo(EntryStatus.CHECK_FAILED);
    assertThat(entries.find(broken.id()).orElseThrow().lastCheck().message()).contains("challenge page");
    assertThat(statusOf(fine)).isEqualTo(EntryStatus.PRICE_MATCHED);
    assertThat(report.failedEntries()).isEqualTo(1);
    assertThat(report.matchedEntries()).isEqualTo(1);
  }

  @Test
  void nothingForSaleOrBlockedIsNoListingsAndSomethingDearIsMonitoring() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(1, null, null, true))
        .stats(new MarketStats(2, null, null, false))
        .stats(new MarketStats(3, Money.of("99.00", "EUR"), 7, false));
    WantedEntry blocked = want("a", 1, maxEur("25.00"));
    WantedEntry empty = want("a", 2, maxEur("25.00"));
    WantedEntry dear = want("a", 3, maxEur("25.00"));

    engineOver(source).runDue();

    assertThat(statusOf(blocked)).isEqualTo(EntryStatus.NO_LISTINGS);
    assertThat(statusOf(empty)).isEqualTo(EntryStatus.NO_LISTINGS);
    assertThat(statusOf(dear)).isEqualTo(EntryStatus.MONITORING);
    var state = entries.find(dear.id()).orElseThrow().lastCheck();
    assertThat(state.lowestPrice().amountText()).isEqualTo("99.00");
    assertThat(state.numForSale()).isEqualTo(7);
  }

  @Test
  void runDueChecksEachActiveEntryOncePerInterval() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("30.00", "EUR"), 3, false));
    want("a", RELEASE, maxEur("25.00"));
    entries.save(WantedEntry.forRelease("a", 5, "paused", Currency.EUR, AlertCriteria.none()).withActive(false));
    MonitoringEngine engine = engineOver(source);

    CycleReport first = engine.runDue();
    clock.advance(Duration.ofMinutes(30));
    CycleReport tooSoon = engine.runDue();
    clock.advance(Duration.ofMinutes(31));
    CycleReport due = engine.runDue();

    assertThat(first.entriesChecked()).isEqualTo(1);
    assertThat(tooSoon.entriesChecked()).isZero();
    assertThat(due.entriesChecked()).isEqualTo(1);
  }

  @Test
  void runDueWithAShareChecksTheLeastRecentlyCheckedFirst() {
    FakeListingSource source = FakeListingSource.statsOnly();
    for (long release = 1; release <= 5; release++) {
      source.stats(new MarketStats(release, Money.of("30.00", "EUR"), 1, false));
      want("a", release, maxEur("25.00"));
      clock.advance(Duration.ofSeconds(1));
    }
    MonitoringEngine engine = engineOver(source);

    CycleReport first = engine.runDue(2);
    clock.advance(Duration.ofMinutes(1));
    CycleReport second = engine.runDue(2);
    clock.advance(Duration.ofMinutes(1));
    CycleReport third = engine.runDue(2);
    CycleReport nothingLeft = engine.runDue(2);

    assertThat(List.of(first, second, third, nothingLeft)).extracting(CycleReport::entriesChecked)
        .containsExactly(2, 2, 1, 0);
  }

  @Test
  void recordsOnePriceObservationPerReleasePerCycle() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("30.00", "EUR"), 3, false));
    want("a", RELEASE, maxEur("25.00"));
    want("b", RELEASE, maxEur("20.00"));

    engineOver(source).runDue();

    List<PriceObservation> history = observations.history(RELEASE, Instant.EPOCH);
    assertThat(history).hasSize(1);
    assertThat(history.get(0).lowestPrice().amountText()).isEqualTo("30.00");
    assertThat(history.get(0).numForSale()).isEqualTo(3);
  }

  @Test
  void underpricedFallsBackToTheTrailingMedianOfObservedPrices() {
    for (String price : List.of("40.00", "44.00", "50.00")) {
      observations.record(new PriceObservation(RELEASE, clock.instant().minus(Duration.ofDays(2)), Money.of(price, "EUR"), 4));
    }
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("32.00", "EUR"), 3, false));
    WantedEntry entry = want("a", RELEASE, AlertCriteria.builder().underpricedPercent(30).build());

    engineOver(source).runDue();

    // Observed 40, 44, 50: median 44.00, 30 % under is 30.80 — 32.00 is not far enough under.
    assertThat(statusOf(entry)).isEqualTo(EntryStatus.MONITORING);

    // Now 40, 44, 50, 32: median 42.00, 30 % under is 29.40.
    source.stats(new MarketStats(RELEASE, Money.of("29.00", "EUR"), 3, false));
    clock.advance(Duration.ofHours(2));
    engineOver(source).runDue();

    assertThat(statusOf(entry)).isEqualTo(EntryStatus.UNDERPRICED);
    assertThat(queued()).singleElement().satisfies(alert -> {
      assertThat(alert.type()).isEqualTo(AlertType.UNDERPRICED);
      assertThat(alert.explain()).contains("under the reference");
    });
  }

  @Test
  void sourceReferenceIsUsedPerGrade() {
    FakeListingSource source = FakeListingSource.withListings()
        .listings(RELEASE,
            aListing().withId(21).forRelease(RELEASE).withPrice("30.00", "EUR").withMedia(MediaCondition.NEAR_MINT).build(),
            aListing().withId(22).forRelease(RELEASE).withPrice("30.00", "EUR").withMedia(MediaCondition.VERY_GOOD).build())
        .reference(RELEASE, new ReferencePrices(java.util.Map.of(
            MediaCondition.NEAR_MINT, Money.of("60.00", "EUR"), MediaCondition.VERY_GOOD, Money.of("35.00", "EUR")), null));
    want("a", RELEASE, AlertCriteria.builder().underpricedPercent(40).build());

    engineOver(source).runDue();

    assertThat(queued()).extracting(Alert::listingId).containsExactly(21L);
  }

  @Test
  void masterEntryWatchesEveryReleaseAndMatchesOnAnyOfThem() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(101, Money.of("40.00", "EUR"), 2, false))
        .stats(new MarketStats(102, Money.of("15.00", "EUR"), 1, false));
    WantedEntry master = new WantedEntry(UUID.randomUUID(), "a", ReleaseRef.master(900), List.of(101L, 102L),
        "Any pressing", Currency.EUR, maxEur("20.00"), true, null);
    entries.save(master);

    CycleReport report = engineOver(source).runDue();

    assertThat(report.releasesChecked()).isEqualTo(2);
    var state = entries.find(master.id()).orElseThrow().lastCheck();
    assertThat(state.status()).isEqualTo(EntryStatus.PRICE_MATCHED);
    assertThat(state.lowestPrice().amountText()).isEqualTo("15.00");
    assertThat(state.numForSale()).isEqualTo(3);
    assertThat(queued()).extracting(Alert::releaseId).containsExactly(102L);
  }

  @Test
  void entriesInOtherCurrenciesShareOneFetchAndConvert() {
    FakeListingSource source = FakeListingSource.statsOnly()
        .stats(new MarketStats(RELEASE, Money.of("20.00", "EUR"), 3, false));
    want("eu", RELEASE, maxEur("25.00"));
    WantedEntry us = WantedEntry.forRelease("us", RELEASE, "t", Currency.USD,
        AlertCriteria.builder().maxPrice(Money.of("20.00", "USD")).build());
    entries.save(us);

    engineOver(source).runDue();

    assertThat(source.statsRequests()).isEqualTo(1);
    // 20 EUR is about 23 USD: over the American collector's 20 USD.
    assertThat(statusOf(us)).isEqualTo(EntryStatus.MONITORING);
    assertThat(entries.find(us.id()).orElseThrow().lastCheck().lowestPrice().currency()).isEqualTo(Currency.USD);
  }
}
