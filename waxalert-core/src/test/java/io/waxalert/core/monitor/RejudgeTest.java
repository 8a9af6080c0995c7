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
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.testing.FakeListingSource;
import io.waxalert.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** An edit re-judges the entry at once from the figures its last check kept, asking no marketplace. */
class RejudgeTest {

  private static final long RELEASE = 4712;

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final InMemoryPriceObservationStore observations = new InMemoryPriceObservationStore();
  private final Instant checkedAt = clock.instant().minus(Duration.ofMinutes(20));
  private final Instant fetchedAt = checkedAt.minus(Duration.ofMinutes(4));

  private MonitoringEngine engineOver(FakeListingSource source) {
    return MonitoringEngine.builder()
        .listingSource(source).entries(new InMemoryWantedEntryStore()).notificationLog(new InMemoryNotificationLog())
        .observations(observations).exchangeRates(FixedExchangeRates.approximate()).clock(clock).build();
  }

  private WantedEntry checked(AlertCriteria criteria, EntryStatus status, String lowest) {
    return WantedEntry.forRelease("a", RELEASE, "t", Currency.EUR, criteria)
        .withLastCheck(new CheckState(status, checkedAt, lowest == null ? null : Money.of(lowest, "EUR"), 4, null,
            fetchedAt));
  }

  private static AlertCriteria.Builder maxEur(String amount) {
    return AlertCriteria.builder().maxPrice(Money.of(amount, "EUR"));
  }

  @Test
  void aMaximumLoweredBelowTheLowestPriceIsMonitoringAtOnceAndTheFiguresStay() {
    FakeListingSource source = FakeListingSource.statsOnly();
    WantedEntry lowered = checked(maxEur("10.00").build(), EntryStatus.PRICE_MATCHED, "12.50");

    CheckState state = engineOver(source).rejudge(lowered);

    assertThat(state.status()).isEqualTo(EntryStatus.MONITORING);
    assertThat(state.checkedAt()).isEqualTo(checkedAt);
    assertThat(state.marketFetchedAt()).isEqualTo(fetchedAt);
    assertThat(state.lowestPrice()).isEqualTo(Money.of("12.50", "EUR"));
    assertThat(state.numForSale()).isEqualTo(4);
    assertThat(source.statsRequests()).as("no marketplace request").isZero();
  }

  @Test
  void aMaximumRaisedOverTheLowestPriceMatchesWhereStatsDecide() {
    WantedEntry raised = checked(maxEur("15.00").build(), EntryStatus.MONITORING, "12.50");

    assertThat(engineOver(FakeListingSource.statsOnly()).rejudge(raised).status()).isEqualTo(EntryStatus.PRICE_MATCHED);
    assertThat(engineOver(FakeListingSource.withListingsWhenNeeded()).rejudge(raised).status())
        .as("auto: no listing criterion, judged on the stats").isEqualTo(EntryStatus.PRICE_MATCHED);
  }

  @Test
  void whereSingleListingsDecideOnlyALowestPriceThatCanNoLongerFitChangesTheVerdict() {
    FakeListingSource listings = FakeListingSource.withListings();
    AlertCriteria vgPlus = maxEur("15.00").minMediaCondition(MediaCondition.VERY_GOOD_PLUS).build();

    assertThat(engineOver(listings).rejudge(checked(vgPlus, EntryStatus.MONITORING, "12.50")).status())
        .as("a listing may or may not fit: the next check tells").isEqualTo(EntryStatus.MONITORING);
    assertThat(engineOver(listings).rejudge(checked(vgPlus, EntryStatus.PRICE_MATCHED, "12.50")).status())
        .isEqualTo(EntryStatus.PRICE_MATCHED);
    AlertCriteria tooLow = maxEur("12.00").minMediaCondition(MediaCondition.VERY_GOOD_PLUS).build();
    assertThat(engineOver(listings).rejudge(checked(tooLow, EntryStatus.PRICE_MATCHED, "12.50")).status())
        .isEqualTo(EntryStatus.MONITORING);
    assertThat(listings.listingRequests()).isZero();
  }

  @Test
  void underpricedIsJudgedAgainstTheObservedMedianWithoutAskingTheSourceForItsReference() {
    for (String price : new String[] {"20.00", "21.00", "19.00"}) {
      observations.record(new PriceObservation(RELEASE, clock.instant().minus(Duration.ofDays(1)),
          Money.of(price, "EUR"), 3));
    }
    AlertCriteria thirtyPercent = AlertCriteria.builder().underpricedPercent(30).build();

    MonitoringEngine engine = engineOver(FakeListingSource.statsOnly());

    assertThat(engine.rejudge(checked(thirtyPercent, EntryStatus.MONITORING, "12.50")).status())
        .isEqualTo(EntryStatus.UNDERPRICED);
    assertThat(engine.rejudge(checked(thirtyPercent, EntryStatus.UNDERPRICED, "18.00")).status())
        .isEqualTo(EntryStatus.MONITORING);
  }

  @Test
  void statesWithoutMarketFiguresAndEntriesWithoutCriteriaAreLeftHonest() {
    MonitoringEngine engine = engineOver(FakeListingSource.statsOnly());
    WantedEntry failed = WantedEntry.forRelease("a", RELEASE, "t", Currency.EUR, maxEur("99.00").build())
        .withLastCheck(new CheckState(EntryStatus.CHECK_FAILED, checkedAt, null, null, "Discogs did not answer"));

    assertThat(engine.rejudge(failed)).isEqualTo(failed.lastCheck());
    assertThat(engine.rejudge(WantedEntry.forRelease("a", RELEASE, "t", Currency.EUR, maxEur("9.00").build())))
        .as("never checked").isNull();
    assertThat(engine.rejudge(checked(maxEur("99.00").build(), EntryStatus.NO_LISTINGS, null)).status())
        .isEqualTo(EntryStatus.NO_LISTINGS);
    assertThat(engine.rejudge(checked(AlertCriteria.none(), EntryStatus.PRICE_MATCHED, "12.50")).status())
        .as("criteria removed: nothing left to match").isEqualTo(EntryStatus.MONITORING);
  }
}
