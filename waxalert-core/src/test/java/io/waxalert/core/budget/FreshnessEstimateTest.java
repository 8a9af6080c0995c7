package io.waxalert.core.budget;

import static io.waxalert.core.budget.Demands.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class FreshnessEstimateTest {

  /** One request a minute, so positions read as minutes. */
  private final FetchPlanner planner = FetchPlanner.sameCurrencyOnly(
      BudgetPolicy.builder().requestsPerMinute(1).maxStaleness(Duration.ofHours(24)).build());

  private static Instant minutes(long m) {
    return NOW.plus(Duration.ofMinutes(m));
  }

  private FreshnessEstimate estimate(Demand demand) {
    return FreshnessEstimate.of(planner, demand, FairShareLedger.empty(), 1);
  }

  @Test
  void aPassTakesTheActiveReleasesAtTheRateAndEntriesAreReallyCheckedThatOften() {
    Demand demand = new Demands().wantsRange("a", 1, 90, Duration.ofMinutes(10))
        .release(500, null, null) // wanted by nobody: not part of a pass
        .build();

    FreshnessEstimate estimate = estimate(demand);

    assertThat(estimate.activeReleases()).isEqualTo(90);
    assertThat(estimate.activeEntries()).isEqualTo(90);
    assertThat(estimate.passTime()).isEqualTo(Duration.ofMinutes(90));
    assertThat(estimate.effectiveInterval()).isEqualTo(Duration.ofMinutes(90));
    assertThat(estimate.passLongerThan(Duration.ofHours(1))).isTrue();
    assertThat(estimate.guaranteeHolds()).isTrue();
    assertThat(estimate.nextFetch()).doesNotContainKey(500L);
  }

  @Test
  void anIntervalShorterThanMarketMaxAgeIsReallyMarketMaxAge() {
    FetchPlanner quick = FetchPlanner.sameCurrencyOnly(BudgetPolicy.builder().requestsPerMinute(60)
        .interval(Duration.ofMinutes(1)).marketMaxAge(Duration.ofMinutes(5)).maxStaleness(Duration.ofHours(24)).build());

    FreshnessEstimate estimate = FreshnessEstimate.of(quick,
        new Demands().wantsRange("a", 1, 4, Duration.ofMinutes(10)).build(), FairShareLedger.empty(), 1);

    // a release fetched less than market-max-age ago is not fetched again: not every minute
    assertThat(estimate.passTime()).isEqualTo(Duration.ofSeconds(4));
    assertThat(estimate.effectiveInterval()).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void aLightLoadIsCheckedEveryIntervalAndNothingIsOverdue() {
    FreshnessEstimate estimate = estimate(new Demands().wantsRange("a", 1, 20, Duration.ofMinutes(10)).build());

    assertThat(estimate.passTime()).isEqualTo(Duration.ofMinutes(20));
    assertThat(estimate.effectiveInterval()).isEqualTo(Duration.ofHours(1));
    assertThat(estimate.overdueEntries()).isZero();
    // due at 50 min; planned in steps of 10 min, 10 fetches each at one a minute
    assertThat(estimate.nextFetch().values()).containsExactlyInAnyOrderElementsOf(
        java.util.stream.LongStream.rangeClosed(51, 70).mapToObj(FreshnessEstimateTest::minutes).toList());
  }

  @Test
  void dueReleasesAreEstimatedInPlanOrderAfterThoseInFlight() {
    // one fetch a minute; the planner run forward from now
    Demand demand = new Demands()
        .release(1, Duration.ofHours(3), null).want("a", 1, null)
        .release(2, Duration.ofHours(2), "21.00").want("a", 2, "20.00")
        .release(3, Duration.ofHours(5), null).want("b", 3, null)
        .release(4, Duration.ofHours(2), null).want("b", 4, null)
        .inFlight(4)
        .build();

    FreshnessEstimate estimate = estimate(demand);

    assertThat(estimate.nextFetch().get(4L)).isEqualTo(minutes(1));
    // turns: b (waiting since 4 h) takes 3, then a its near release 2, then a's stale 1
    assertThat(estimate.nextFetch().get(3L)).isEqualTo(minutes(2));
    assertThat(estimate.nextFetch().get(2L)).isEqualTo(minutes(3));
    assertThat(estimate.nextFetch().get(1L)).isEqualTo(minutes(4));
    assertThat(estimate.overdueReleases()).isEqualTo(4);
    assertThat(estimate.overdueEntries()).isEqualTo(4);
  }

  @Test
  void aMasterEntryIsNextCheckedWhenTheEarliestOfItsReleasesIs() {
    UUID master = UUID.randomUUID();
    Instant created = Demands.LONG_AGO;
    Demand demand = new Demand(NOW, List.of(
        new ReleaseDemand(1, NOW.minus(Duration.ofMinutes(50)), null, List.of(new Want("a", master, null, created))),
        new ReleaseDemand(2, NOW.minus(Duration.ofMinutes(20)), null, List.of(new Want("a", master, null, created)))),
        List.of(), Set.of());

    FreshnessEstimate estimate = estimate(demand);

    assertThat(estimate.nextCheckOf(master)).contains(minutes(11)); // release 1, due at 10 min
    assertThat(estimate.nextCheckOf(UUID.randomUUID())).isEmpty();
    assertThat(estimate.activeEntries()).isEqualTo(1);
  }

  @Test
  void anEntryAddedAfterItsReleasesLastFetchIsOverdueOnceWaitingLongerThanTheInterval() {
    Demand demand = new Demands()
        .release(1, Duration.ofMinutes(10), null)
        .want("a", 1, null, NOW.minus(Duration.ofHours(2)))
        .want("b", 1, null, NOW.minus(Duration.ofMinutes(5)))
        .release(2, Duration.ofHours(3), null).want("c", 2, null, NOW.minus(Duration.ofHours(4)))
        .build();

    FreshnessEstimate estimate = estimate(demand);

    assertThat(estimate.overdueEntries()).isEqualTo(1);
    assertThat(estimate.overdueReleases()).isEqualTo(1);
  }

  @Test
  void noEstimateLiesPastTheMaxStalenessDeadlineWhileTheGuaranteeHolds() {
    FetchPlanner slow = FetchPlanner.sameCurrencyOnly(BudgetPolicy.builder().requestsPerMinute(1)
        .maxStaleness(Duration.ofHours(4)).build());
    Demands demands = new Demands();
    for (long id = 1; id <= 150; id++) {
      demands.release(id, Duration.ofMinutes(61), "21.00").want("a", id, "20.00");
    }
    demands.release(900, Duration.ofHours(3), "100.00").want("a", 900, "20.00"); // far: behind 150 near ones

    FreshnessEstimate estimate = FreshnessEstimate.of(slow, demands.build(), FairShareLedger.empty(), 1);

    assertThat(estimate.guaranteeHolds()).isTrue();
    assertThat(estimate.nextFetch().get(150L)).isAfter(minutes(149));
    assertThat(estimate.nextFetch().get(900L)).isEqualTo(minutes(60)); // its deadline, though behind
  }

  @Test
  void aBudgetThatCannotCoverMaxStalenessSaysSo() {
    FetchPlanner slow = FetchPlanner.sameCurrencyOnly(BudgetPolicy.builder().requestsPerMinute(1)
        .maxStaleness(Duration.ofHours(2)).build());

    FreshnessEstimate estimate = FreshnessEstimate.of(slow,
        new Demands().wantsRange("a", 1, 121, Duration.ofMinutes(30)).build(), FairShareLedger.empty(), 1);

    assertThat(estimate.guaranteeHolds()).isFalse();
    assertThat(estimate.passTime()).isEqualTo(Duration.ofMinutes(121));
  }
}
