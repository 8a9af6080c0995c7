package io.waxalert.core.budget;

import static io.waxalert.core.budget.Demands.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class FetchPlannerTest {

  private static final Duration TWO_HOURS = Duration.ofHours(2);
  /** The weights in the comments below are exp(−distance / 0.25). */
  private final FetchPlanner planner = FetchPlanner.sameCurrencyOnly(BudgetPolicy.builder().nearMaximum(0.25).build());

  private static List<Long> releases(FetchPlan plan) {
    return plan.fetches().stream().map(PlannedFetch::releaseId).toList();
  }

  private static Map<String, Long> perOwner(FetchPlan plan) {
    return plan.fetches().stream().collect(Collectors.groupingBy(PlannedFetch::chargedTo, Collectors.counting()));
  }

  @Test
  void ownersWithDueWorkGetEqualSharesOfAWindowHoweverManyEntriesTheyHave() {
    Demand demand = new Demands()
        .wantsRange("heavy", 1, 1000, TWO_HOURS)
        .wantsRange("medium", 2001, 2100, TWO_HOURS)
        .wantsRange("light", 3001, 3010, TWO_HOURS)
        .build();

    FetchPlan plan = planner.plan(demand, FairShareLedger.empty(), 30);

    assertThat(plan.fetches()).hasSize(30);
    assertThat(perOwner(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("heavy", 10L, "medium", 10L, "light", 10L));
  }

  @Test
  void whatALightOwnerDoesNotNeedGoesToTheOthers() {
    Demand demand = new Demands()
        .wantsRange("heavy", 1, 1000, TWO_HOURS)
        .wantsRange("light", 3001, 3003, TWO_HOURS)
        .build();

    FetchPlan plan = planner.plan(demand, FairShareLedger.empty(), 30);

    assertThat(perOwner(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("heavy", 27L, "light", 3L));
  }

  @Test
  void repeatedCheckAllOfAHeavyOwnerNeverTakesALightOwnersShare() {
    Demands demands = new Demands()
        .wantsRange("heavy", 1, 1000, TWO_HOURS)
        .wantsRange("light", 3001, 3010, TWO_HOURS);
    Long[] all = LongStream.rangeClosed(1, 1000).boxed().toArray(Long[]::new);
    for (int i = 0; i < 5; i++) {
      demands.request("heavy", "check-all-" + i, Duration.ofMinutes(i), all);
    }

    FetchPlan plan = planner.plan(demands.build(), FairShareLedger.empty(), 10);

    assertThat(perOwner(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("heavy", 5L, "light", 5L));
    assertThat(plan.fetches()).filteredOn(f -> f.chargedTo().equals("heavy"))
        .extracting(PlannedFetch::reason).containsOnly(FetchReason.ON_DEMAND);
    assertThat(plan.fetches()).extracting(PlannedFetch::releaseId).doesNotHaveDuplicates();
  }

  @Test
  void onDemandWorkComesFirstWithinItsOwnersShare() {
    Demand demand = new Demands()
        .wantsRange("a", 1, 20, TWO_HOURS)
        .wantsRange("b", 101, 120, TWO_HOURS)
        .request("a", "lookup", Duration.ofMinutes(1), 15L, 12L)
        .build();

    FetchPlan plan = planner.plan(demand, FairShareLedger.empty(), 6);

    List<PlannedFetch> ofA = plan.fetches().stream().filter(f -> f.chargedTo().equals("a")).toList();
    assertThat(ofA.subList(0, 2)).extracting(PlannedFetch::releaseId).containsExactlyInAnyOrder(15L, 12L);
    assertThat(ofA.subList(0, 2)).extracting(PlannedFetch::reason).containsOnly(FetchReason.ON_DEMAND);
    assertThat(perOwner(plan)).containsEntry("a", 3L).containsEntry("b", 3L);
  }

  @Test
  void aReleaseWantedByTwoOwnersIsFetchedOnceAndChargedToTheOneWhoseTurnItWas() {
    Demand demand = new Demands()
        .wantsRange("a", 1, 3, TWO_HOURS)
        .want("b", 1, null)
        .build();

    FetchPlan plan = planner.plan(demand, new FairShareLedger(Map.of("a", 5L, "b", 0L)), 10);

    assertThat(releases(plan)).containsExactlyInAnyOrder(1L, 2L, 3L);
    assertThat(plan.fetches()).filteredOn(f -> f.releaseId() == 1).singleElement()
        .extracting(PlannedFetch::chargedTo).isEqualTo("b");
  }

  @Test
  void priorityWithinAShareIsNeverCheckedThenStalenessWeightedByNearnessToAMaximum() {
    Demand demand = new Demands()
        .release(1, TWO_HOURS, "100.00").want("a", 1, "20.00")             // 400 % above: weight ~0
        .release(2, TWO_HOURS, "21.00").want("a", 2, "20.00")              // 5 % above: 0.82
        .release(3, TWO_HOURS, "19.00").want("a", 3, "20.00")              // below the maximum: 1
        .release(4, Duration.ofHours(9), null).want("a", 4, null)          // unknown: 0.37, but 9 h old
        .release(5, Duration.ofMinutes(20), "10.00").want("a", 5, "20.00") // not due
        .release(6, TWO_HOURS, "24.00").want("a", 6, "20.00")              // 20 % above: 0.45
        .want("a", 7, "20.00", NOW.minus(Duration.ofMinutes(3)))           // never fetched
        .release(8, Duration.ofMinutes(30), "30.00")
        .want("a", 8, "20.00", NOW.minus(Duration.ofMinutes(10)))          // new entry since the fetch
        .build();

    FetchPlan plan = planner.plan(demand, FairShareLedger.empty(), 100);

    assertThat(plan.fetches()).extracting(PlannedFetch::releaseId, PlannedFetch::reason).containsExactly(
        tuple(8L, FetchReason.NEVER_CHECKED),
        tuple(7L, FetchReason.NEVER_CHECKED),
        tuple(4L, FetchReason.STALE),         // 9 intervals x 0.37 = 3.3
        tuple(3L, FetchReason.NEAR_MAXIMUM),  // 2 x 1
        tuple(2L, FetchReason.NEAR_MAXIMUM),  // 2 x 0.82
        tuple(6L, FetchReason.NEAR_MAXIMUM),  // 2 x 0.45
        tuple(1L, FetchReason.STALE));
  }

  @Test
  void aFarReleaseComesBackAsItGrowsStaleInsteadOfWaitingForTheGuarantee() {
    Demand demand = new Demands()
        .release(1, Duration.ofHours(2), "20.00").want("a", 1, "20.00")  // at the maximum, 2 h old
        .release(2, Duration.ofHours(16), "30.00").want("a", 2, "20.00") // 50 % above (0.14), 16 h old
        .build();

    assertThat(releases(planner.plan(demand, FairShareLedger.empty(), 2))).containsExactly(2L, 1L);
  }

  @Test
  void aReleaseOthersAlsoWantNearTheirMaximumRanksAboveOneOnlyTheOwnerWants() {
    Demand demand = new Demands()
        .release(1, TWO_HOURS, "40.00").want("a", 1, "20.00").want("b", 1, "40.00")
        .release(2, TWO_HOURS, "40.00").want("a", 2, "20.00")
        .build();

    FetchPlan plan = planner.plan(demand, new FairShareLedger(Map.of("a", 0L, "b", 50L)), 1);

    assertThat(plan.fetches()).containsExactly(new PlannedFetch(1, "a", FetchReason.STALE));
  }

  @Test
  void aRequestsReleasesComeNeverFetchedFirstThenTheMostUrgent() {
    Demand demand = new Demands()
        .release(1, TWO_HOURS, "50.00").want("a", 1, "20.00")
        .release(2, TWO_HOURS, "20.00").want("a", 2, "20.00")
        .request("a", "check-all", Duration.ofMinutes(1), 1L, 2L, 3L)
        .build();

    assertThat(releases(planner.plan(demand, FairShareLedger.empty(), 3))).containsExactly(3L, 2L, 1L);
  }

  @Test
  void nothingFetchedWithinMarketMaxAgeOrInFlightIsHandedOutAgain() {
    Demand demand = new Demands()
        .wantsRange("a", 1, 3, TWO_HOURS)
        .release(4, Duration.ofMinutes(2), null).want("a", 4, null, NOW.minus(Duration.ofMinutes(1)))
        .request("b", "market", Duration.ofMinutes(1), 4L, 2L)
        .inFlight(2)
        .build();

    FetchPlan plan = planner.plan(demand, FairShareLedger.empty(), 10);

    assertThat(releases(plan)).containsExactlyInAnyOrder(1L, 3L);
    assertThat(plan.progress()).singleElement()
        .isEqualTo(new RequestProgress("market", 2, 1, 1));
  }

  @Test
  void aRepeatedRequestAddsNothingAndIsDoneOnceItsReleasesWereFetched() {
    Demands demands = new Demands()
        .release(1, Duration.ofMinutes(30), null).want("a", 1, null)
        .release(2, Duration.ofHours(3), null).want("a", 2, null)
        .request("a", "first", Duration.ofMinutes(40), 1L, 2L)
        .request("a", "again", Duration.ofMinutes(28), 1L, 2L, 2L);

    FetchPlan plan = planner.plan(demands.build(), FairShareLedger.empty(), 10);

    assertThat(plan.fetches()).singleElement().isEqualTo(new PlannedFetch(2, "a", FetchReason.ON_DEMAND));
    assertThat(plan.progress()).containsExactly(
        new RequestProgress("first", 2, 1, 1), new RequestProgress("again", 2, 1, 1));
  }

  @Test
  void theLedgerCarriesFairnessAcrossWindowsWhenOwnersOutnumberTheWindow() {
    Demands demands = new Demands();
    for (int owner = 0; owner < 10; owner++) {
      demands.wantsRange("owner-" + owner, owner * 100L + 1, owner * 100L + 50, TWO_HOURS);
    }
    Demand demand = demands.build();
    FairShareLedger ledger = FairShareLedger.empty();
    Map<String, Long> served = new TreeMap<>();
    Set<Long> fetched = new HashSet<>();
    for (int tick = 0; tick < 10; tick++) {
      Demand remaining = new Demand(NOW, demand.releases().stream()
          .filter(r -> !fetched.contains(r.releaseId())).toList(), List.of(), Set.of());
      FetchPlan plan = planner.plan(remaining, ledger, 3);
      ledger = plan.ledger();
      plan.fetches().forEach(f -> {
        served.merge(f.chargedTo(), 1L, Long::sum);
        fetched.add(f.releaseId());
      });
    }

    assertThat(served).hasSize(10).allSatisfy((owner, count) -> assertThat(count).isEqualTo(3L));
    assertThat(ledger.charges().values()).containsOnly(0L);
  }

  @Test
  void anOwnerWhoseWorkAppearsGetsABurstAheadThenTakesTurns() {
    Demand demand = new Demands()
        .wantsRange("busy", 1, 100, TWO_HOURS)
        .wantsRange("back", 201, 220, TWO_HOURS)
        .build();

    FetchPlan plan = planner.plan(demand, new FairShareLedger(Map.of("busy", 0L, "gone", 40L)), 16);

    assertThat(plan.fetches().subList(0, 10)).extracting(PlannedFetch::chargedTo).containsOnly("back");
    assertThat(perOwner(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("busy", 3L, "back", 13L));
    assertThat(plan.ledger().charges()).containsOnlyKeys("busy", "back");
  }

  @Test
  void withoutABurstAReturningOwnerStartsLevelWithTheLeastCharged() {
    FetchPlanner strict = FetchPlanner.sameCurrencyOnly(planner.policy().toBuilder().burst(0).build());
    Demand demand = new Demands()
        .wantsRange("busy", 1, 100, TWO_HOURS)
        .wantsRange("back", 201, 210, TWO_HOURS)
        .build();

    FetchPlan plan = strict.plan(demand, new FairShareLedger(Map.of("busy", 0L, "gone", 40L)), 4);

    assertThat(perOwner(plan)).containsExactlyInAnyOrderEntriesOf(Map.of("busy", 2L, "back", 2L));
  }

  @Test
  void theSameDemandAlwaysGivesTheSamePlan() {
    Demands demands = new Demands();
    Random random = new Random(7);
    for (long id = 1; id <= 300; id++) {
      demands.release(id, Duration.ofMinutes(random.nextInt(600)), (5 + random.nextInt(50)) + ".00");
      for (int w = 0; w < 1 + random.nextInt(3); w++) {
        demands.want("owner-" + random.nextInt(12), id, (5 + random.nextInt(50)) + ".00");
      }
    }
    Demand demand = demands.build();

    FetchPlan first = planner.plan(demand, FairShareLedger.empty(), 40);
    FetchPlan second = planner.plan(demand, FairShareLedger.empty(), 40);

    assertThat(second).isEqualTo(first);
    assertThat(first.fetches()).hasSize(40).extracting(PlannedFetch::releaseId).doesNotHaveDuplicates();
  }

  @Test
  void aWindowOfZeroHandsOutNothingAndANegativeOneIsRefused() {
    Demand demand = new Demands().wantsRange("a", 1, 3, TWO_HOURS).build();

    assertThat(planner.plan(demand, FairShareLedger.empty(), 0).fetches()).isEmpty();
    assertThatThrownBy(() -> planner.plan(demand, FairShareLedger.empty(), -1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("window");
  }

  @Test
  void foreignPricesAreComparedThroughTheRatesGiven() {
    FetchPlanner withRates = new FetchPlanner(planner.policy(), FixedExchangeRates
        .perEuro(Map.of(Currency.USD, new BigDecimal("2"))));
    Demand demand = new Demands()
        .release(1, TWO_HOURS, "30.00").want("a", 1, null)
        .release(2, TWO_HOURS, null).want("a", 2, null)
        .build();
    Demand inDollars = new Demand(NOW, demand.releases().stream().map(r -> r.releaseId() != 1 ? r
        : new ReleaseDemand(1, r.lastFetchedAt(), r.lastLowestPrice(), List.of(new Want("a",
            r.wants().get(0).entryId(), Money.of("60.00", "USD"), Demands.LONG_AGO))))
        .toList(), List.of(), Set.of());

    assertThat(withRates.plan(inDollars, FairShareLedger.empty(), 2).fetches())
        .extracting(PlannedFetch::releaseId, PlannedFetch::reason)
        .containsExactly(tuple(1L, FetchReason.NEAR_MAXIMUM),
            tuple(2L, FetchReason.STALE));
    assertThat(planner.plan(inDollars, FairShareLedger.empty(), 2).fetches())
        .extracting(PlannedFetch::reason).containsOnly(FetchReason.STALE);
  }

  @Test
  void thePolicyRefusesAMaxStalenessShorterThanTheInterval() {
    assertThatThrownBy(() -> BudgetPolicy.builder().interval(Duration.ofHours(2))
        .maxStaleness(Duration.ofHours(1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("max-staleness (PT1H) must not be shorter than interval (PT2H)");
    assertThatThrownBy(() -> BudgetPolicy.builder().requestsPerMinute(0).build())
        .hasMessageContaining("requests-per-minute");
    assertThatThrownBy(() -> BudgetPolicy.builder().marketMaxAge(Duration.ofSeconds(-1)).build())
        .hasMessageContaining("market-max-age");
    assertThatThrownBy(() -> BudgetPolicy.builder().burst(-1).build()).hasMessageContaining("burst");
    assertThatThrownBy(() -> BudgetPolicy.builder().nearMaximum(0).build()).hasMessageContaining("nearMaximum");
  }
}
