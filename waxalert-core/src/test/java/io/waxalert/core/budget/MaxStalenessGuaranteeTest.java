package io.waxalert.core.budget;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.model.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The {@code max-staleness} guarantee, driven the way the service drives the planner: a plan per
 * tick, the window executed at the policy's rate, fetch times fed back. Property-style over seeds:
 * random sizes and rates, with demand built to starve the guarantee (most releases near a maximum,
 * a heavy owner's check-all again and again, entries added all the time).
 */
class MaxStalenessGuaranteeTest {

  private static final Instant START = Instant.parse("2026-11-20T00:00:00Z");
  private static final Duration TICK = Duration.ofMinutes(1);

  /** The releases' state between ticks. */
  private static final class Market {
    final Map<Long, Instant> lastFetch = new HashMap<>();
    final Map<Long, List<Want>> wants = new HashMap<>();
    final Map<Long, Money> lowest = new HashMap<>();
    final Map<Long, Instant> wantedSince = new HashMap<>();
    Duration worstGap = Duration.ZERO;

    /** Staleness counts from the start of the run, or from when a release was first wanted. */
    Instant lastCheck(long releaseId) {
      return lastFetch.getOrDefault(releaseId, wantedSince.getOrDefault(releaseId, START));
    }

    void fetched(long releaseId, Instant at) {
      Instant before = lastCheck(releaseId);
      Duration gap = Duration.between(before, at);
      worstGap = gap.compareTo(worstGap) > 0 ? gap : worstGap;
      lastFetch.put(releaseId, at);
    }

    Demand demand(Instant now, List<OnDemandRequest> requests) {
      List<ReleaseDemand> releases = new ArrayList<>();
      wants.forEach((id, w) -> releases.add(new ReleaseDemand(id, lastFetch.get(id), lowest.get(id), w)));
      releases.sort(Comparator.comparingLong(ReleaseDemand::releaseId));
      return new Demand(now, releases, requests, Set.of());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6})
  void noReleaseGoesPastMaxStalenessWhenTheRateCanCoverThemAll(long seed) {
    Random random = new Random(seed);
    int releases = 300 + random.nextInt(700);
    Duration passTime = Duration.ofMinutes(90 + random.nextInt(200)); // 1.5 h to 4.8 h, max-staleness 6 h
    BudgetPolicy policy = BudgetPolicy.builder().interval(Duration.ofHours(1))
        .maxStaleness(Duration.ofHours(6)).requestsPerMinute(releases / (double) passTime.toMinutes()).build();
    Market market = new Market();
    for (long id = 1; id <= releases; id++) {
      String owner = id % 3 == 0 ? "heavy" : "user-" + random.nextInt(20);
      boolean near = random.nextDouble() < 0.6;
      // as if the service had been running: fetched within the last interval, or just added
      boolean added = random.nextInt(5) == 0;
      Instant created = added ? START.minus(Duration.ofMinutes(random.nextInt(10))) : START.minus(Duration.ofDays(9));
      market.wants.put(id, List.of(new Want(owner, UUID.randomUUID(), Money.of("20", "EUR"), created)));
      market.lowest.put(id, Money.of(near ? "21" : "90", "EUR"));
      if (added) {
        market.wantedSince.put(id, created);
      } else {
        market.lastFetch.put(id, START.minus(Duration.ofMinutes(random.nextInt(60))));
      }
    }
    List<Long> heavyReleases = market.wants.keySet().stream().filter(id -> id % 3 == 0).sorted().toList();

    run(FetchPlanner.sameCurrencyOnly(policy), market, random, heavyReleases, Duration.ofHours(20));

    assertThat(market.worstGap).isLessThanOrEqualTo(policy.maxStaleness());
  }

  @Test
  void whenTheRateCannotCoverEveryReleaseTheWindowGoesToTheStalestFirst() {
    BudgetPolicy policy = BudgetPolicy.builder().interval(Duration.ofHours(1))
        .maxStaleness(Duration.ofHours(2)).requestsPerMinute(1).build(); // a pass of 300 takes 5 h
    Demands demands = new Demands();
    for (long id = 1; id <= 300; id++) {
      demands.release(id, Duration.ofMinutes(id), "21.00").want("user-" + id % 7, id, "20.00");
    }
    FetchPlanner planner = FetchPlanner.sameCurrencyOnly(policy);
    Demand demand = demands.build();

    FetchPlan plan = planner.plan(demand, FairShareLedger.empty(), 10);

    assertThat(plan.fetches()).extracting(PlannedFetch::releaseId)
        .containsExactly(300L, 299L, 298L, 297L, 296L, 295L, 294L, 293L, 292L, 291L);
    assertThat(plan.fetches()).extracting(PlannedFetch::reason).containsOnly(FetchReason.OVERDUE);
    assertThat(FreshnessEstimate.of(planner, demand, FairShareLedger.empty(), 10).guaranteeHolds()).isFalse();
  }

  @Test
  void anOverdueFetchIsTheFloorEveryEntryGetsAndCountsAgainstNoShare() {
    BudgetPolicy policy = BudgetPolicy.builder().maxStaleness(Duration.ofHours(3)).build();
    Demand demand = new Demands()
        .release(1, Duration.ofHours(3), null).want("a", 1, null)
        .wantsRange("a", 2, 3, Duration.ofHours(2))
        .wantsRange("b", 4, 5, Duration.ofHours(2))
        .build();

    FetchPlan plan = FetchPlanner.sameCurrencyOnly(policy)
        .plan(demand, new FairShareLedger(Map.of("a", 0L, "b", 0L)), 3);

    assertThat(plan.fetches()).extracting(PlannedFetch::reason)
        .containsExactly(FetchReason.OVERDUE, FetchReason.STALE, FetchReason.STALE);
    assertThat(plan.fetches()).extracting(PlannedFetch::chargedTo).containsExactly("a", "a", "b");
    assertThat(plan.ledger().charges()).containsEntry("a", 0L).containsEntry("b", 0L);
  }

  @Test
  void anOverdueReleaseIsAttributedToTheLeastChargedOwnerWantingIt() {
    BudgetPolicy policy = BudgetPolicy.builder().maxStaleness(Duration.ofHours(3)).build();
    Demand demand = new Demands()
        .release(1, Duration.ofHours(3), null).want("a", 1, null).want("b", 1, null)
        .wantsRange("b", 2, 3, Duration.ofHours(2))
        .build();

    FetchPlan plan = FetchPlanner.sameCurrencyOnly(policy)
        .plan(demand, new FairShareLedger(Map.of("a", 9L, "b", 2L)), 1);

    assertThat(plan.fetches()).containsExactly(new PlannedFetch(1, "b", FetchReason.OVERDUE));
  }

  private static void run(FetchPlanner planner, Market market, Random random, List<Long> heavyReleases,
      Duration length) {
    BudgetPolicy policy = planner.policy();
    Duration perRequest = policy.perRequest();
    FairShareLedger ledger = FairShareLedger.empty();
    double credit = 0;
    OnDemandRequest checkAll = null;
    long nextId = 1_000_000;
    for (Instant now = START; now.isBefore(START.plus(length)); now = now.plus(TICK)) {
      if (checkAll == null || isDone(checkAll, market, policy)) {
        checkAll = new OnDemandRequest("heavy", "check-all@" + now, heavyReleases, now);
      }
      if (random.nextInt(10) == 0) { // an entry added every ten minutes on average
        market.wants.put(nextId, List.of(new Want("user-" + random.nextInt(20), UUID.randomUUID(), null, now)));
        market.wantedSince.put(nextId, now);
        nextId++;
      }
      credit += policy.requestsPerMinute() * TICK.toSeconds() / 60.0;
      int window = (int) credit;
      credit -= window;
      FetchPlan plan = planner.plan(market.demand(now, List.of(checkAll)), ledger, window);
      ledger = plan.ledger();
      Instant at = now;
      for (PlannedFetch fetch : plan.fetches()) {
        at = at.plus(perRequest);
        market.fetched(fetch.releaseId(), at);
      }
    }
    Instant end = START.plus(length);
    for (long id : market.wants.keySet()) {
      Duration open = Duration.between(market.lastCheck(id), end);
      market.worstGap = open.compareTo(market.worstGap) > 0 ? open : market.worstGap;
    }
  }

  private static boolean isDone(OnDemandRequest request, Market market, BudgetPolicy policy) {
    return request.releaseIds().stream().allMatch(id -> OwnerQueues.serves(market.lastFetch.get(id),
        request.requestedAt(), policy));
  }
}
