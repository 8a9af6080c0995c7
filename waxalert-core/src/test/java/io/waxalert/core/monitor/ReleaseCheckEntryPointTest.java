package io.waxalert.core.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertCriteria;
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
import io.waxalert.core.testing.FakeListingSource;
import io.waxalert.core.testing.MutableClock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The per-release entry points a host that schedules release fetches uses, and combining a master's releases. */
class ReleaseCheckEntryPointTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
  private final InMemoryNotificationLog log = new InMemoryNotificationLog();
  private final InMemoryPriceObservationStore observations = new InMemoryPriceObservationStore();

  private MonitoringEngine engineOver(FakeListingSource source) {
    return MonitoringEngine.builder()
        .listingSource(source).entries(entries).notificationLog(log).observations(observations)
        .deliveryChannels(Set.of("mail")).exchangeRates(FixedExchangeRates.approximate()).clock(clock).build();
  }

  private static WantedEntry want(String owner, long release, String max) {
    return WantedEntry.forRelease(owner, release, "A – T", Currency.EUR,
        AlertCriteria.builder().maxPrice(Money.of(max, "EUR")).build());
  }

  @Test
  void checkingOneReleaseJudgesEveryEntryWatchingItWithOneRequestAndRecordsNoState() {
    FakeListingSource source = FakeListingSource.statsOnly().stats(new MarketStats(7, Money.of("9.00", "EUR"), 3, false));
    WantedEntry cheap = want("a", 7, "10.00");
    WantedEntry dear = want("b", 7, "5.00");
    entries.save(cheap);
    entries.save(dear);

    ReleaseReport report = engineOver(source).checkRelease(7, Currency.EUR, List.of(cheap, dear));

    assertThat(source.statsRequests()).isEqualTo(1);
    assertThat(report.fetched()).isTrue();
    assertThat(report.stats().numForSale()).isEqualTo(3);
    assertThat(report.states().get(cheap.id()).status()).isEqualTo(EntryStatus.PRICE_MATCHED);
    assertThat(report.states().get(dear.id()).status()).isEqualTo(EntryStatus.MONITORING);
    assertThat(report.newAlerts()).isEqualTo(1);
    assertThat(entries.find(cheap.id()).orElseThrow().lastCheck()).as("the host records states").isNull();
    assertThat(observations.history(7, Instant.EPOCH)).hasSize(1);
  }

  @Test
  void aFailedFetchIsReportedWithTheCauseAndFailsEveryEntry() {
    FakeListingSource source = FakeListingSource.statsOnly().failing(8);
    WantedEntry entry = want("a", 8, "10.00");

    ReleaseReport report = engineOver(source).checkRelease(8, Currency.EUR, List.of(entry));

    assertThat(report.fetched()).isFalse();
    assertThat(report.failure()).isNotNull();
    assertThat(report.states().get(entry.id()).status()).isEqualTo(EntryStatus.CHECK_FAILED);
  }

  @Test
  void aFailedFetchKeepsTheMarketTheLastCheckSawAndWhenItWasFetched() {
    FakeListingSource source = FakeListingSource.statsOnly().failing(11);
    Instant before = clock.instant().minusSeconds(3600);
    WantedEntry entry = want("a", 11, "10.00")
        .withLastCheck(new CheckState(EntryStatus.MONITORING, before, Money.of("18.00", "EUR"), 4, null));

    CheckState state = engineOver(source).checkRelease(11, Currency.EUR, List.of(entry)).states().get(entry.id());

    assertThat(state.status()).isEqualTo(EntryStatus.CHECK_FAILED);
    assertThat(state.checkedAt()).isEqualTo(clock.instant());
    assertThat(state.lowestPrice()).isEqualTo(Money.of("18.00", "EUR"));
    assertThat(state.numForSale()).isEqualTo(4);
    assertThat(state.marketFetchedAt()).as("the figures' own time, not this check's").isEqualTo(before);
  }

  @Test
  void listingsThatCannotBeReadFailTheEntryButTheStatsFetchedAreReported() {
    FakeListingSource source = FakeListingSource.withListings()
        .stats(new MarketStats(12, Money.of("3.00", "EUR"), 2, false)).failingListings(12);
    WantedEntry entry = want("a", 12, "10.00");

    ReleaseReport report = engineOver(source).checkRelease(12, Currency.EUR, List.of(entry));

    assertThat(report.fetched()).isTrue();
    assertThat(report.failure()).isNull();
    CheckState state = report.states().get(entry.id());
    assertThat(state.status()).isEqualTo(EntryStatus.CHECK_FAILED);
    assertThat(state.lowestPrice()).isEqualTo(Money.of("3.00", "EUR"));
  }

  @Test
  void aReleaseNobodyWatchesIsFetchedInTheGivenCurrencyAndObserved() {
    FakeListingSource source = FakeListingSource.statsOnly().stats(new MarketStats(9, Money.of("4.00", "USD"), 1, false));

    ReleaseReport report = engineOver(source).checkRelease(9, Currency.USD, List.of());

    assertThat(report.stats().lowestPrice()).isEqualTo(Money.of("4.00", "USD"));
    assertThat(report.states()).isEmpty();
    assertThat(observations.history(9, Instant.EPOCH)).hasSize(1);
  }

  @Test
  void judgingFromKnownMarketDataMakesNoRequest() {
    FakeListingSource source = FakeListingSource.statsOnly();
    WantedEntry entry = want("a", 10, "10.00");

    ReleaseReport report = engineOver(source)
        .judgeRelease(new MarketStats(10, Money.of("8.00", "EUR"), 2, false), List.of(entry));

    assertThat(source.statsRequests()).isZero();
    assertThat(report.statsRequests()).isZero();
    assertThat(report.states().get(entry.id()).status()).isEqualTo(EntryStatus.PRICE_MATCHED);
  }

  @Test
  void aMasterEntrysReleasesCombineMatchFirstThenFailureLowestPriceAndTotalCount() {
    Instant t = clock.instant();
    CheckState matched = new CheckState(EntryStatus.PRICE_MATCHED, t, Money.of("9.00", "EUR"), 2, null);
    CheckState failed = new CheckState(EntryStatus.CHECK_FAILED, t.plusSeconds(5), null, null, "blocked");
    CheckState forSale = new CheckState(EntryStatus.MONITORING, t.plusSeconds(1), Money.of("7.00", "EUR"), 3, null);
    CheckState none = new CheckState(EntryStatus.NO_LISTINGS, t, null, 0, null);

    CheckState all = CheckStates.combine(List.of(forSale, matched, failed, none));
    CheckState withoutMatch = CheckStates.combine(List.of(forSale, failed, none));
    CheckState quiet = CheckStates.combine(List.of(forSale, none));

    assertThat(all.status()).isEqualTo(EntryStatus.PRICE_MATCHED);
    assertThat(all.lowestPrice()).isEqualTo(Money.of("7.00", "EUR"));
    assertThat(all.numForSale()).isEqualTo(5);
    assertThat(all.checkedAt()).isEqualTo(t.plusSeconds(5));
    assertThat(withoutMatch.status()).isEqualTo(EntryStatus.CHECK_FAILED);
    assertThat(withoutMatch.message()).isEqualTo("blocked");
    assertThat(quiet.status()).isEqualTo(EntryStatus.MONITORING);
    assertThat(CheckStates.combine(List.of(none, none)).status()).isEqualTo(EntryStatus.NO_LISTINGS);
  }

}
