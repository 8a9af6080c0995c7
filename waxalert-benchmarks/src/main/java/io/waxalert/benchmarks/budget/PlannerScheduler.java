package io.waxalert.benchmarks.budget;

import io.waxalert.benchmarks.budget.SimPopulation.Entry;
import io.waxalert.core.budget.BudgetPolicy;
import io.waxalert.core.budget.Demand;
import io.waxalert.core.budget.FairShareLedger;
import io.waxalert.core.budget.FetchPlan;
import io.waxalert.core.budget.FetchPlanner;
import io.waxalert.core.budget.FreshnessEstimate;
import io.waxalert.core.budget.OnDemandRequest;
import io.waxalert.core.budget.PlannedFetch;
import io.waxalert.core.budget.ReleaseDemand;
import io.waxalert.core.budget.Want;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The core's {@link FetchPlanner}, driven the way the service drives it: on each tick the demand
 * (active entries grouped by release, last fetch, last lowest price, running check-alls) is loaded,
 * a window planned, and the ledger kept for the next tick.
 */
final class PlannerScheduler implements SimScheduler {

  static final Instant EPOCH = Instant.parse("2026-12-01T00:00:00Z");

  private final FetchPlanner planner;
  private final Map<Long, List<Want>> wantLists = new HashMap<>();
  private final Map<String, OnDemandRequest> requests = new HashMap<>();
  /** How many fetches of the run had each reason, per kind of collector charged. */
  final Map<String, Integer> fetchesByReason = new TreeMap<>();
  private FairShareLedger ledger = FairShareLedger.empty();

  PlannerScheduler(BudgetPolicy policy) {
    this.planner = FetchPlanner.sameCurrencyOnly(policy);
  }

  static Instant instant(long millis) {
    return EPOCH.plusMillis(millis);
  }

  @Override
  public String name() {
    return "planner";
  }

  @Override
  public List<Long> window(SimWorld world, long now, int window) {
    FetchPlan plan = planner.plan(demand(world, now), ledger, window);
    ledger = plan.ledger();
    List<Long> fetches = new ArrayList<>(plan.fetches().size());
    for (PlannedFetch fetch : plan.fetches()) {
      fetchesByReason.merge(fetch.reason() + " charged to " + fetch.chargedTo().replaceAll("-.*", ""), 1, Integer::sum);
      fetches.add(fetch.releaseId());
    }
    return fetches;
  }

  /** What the service would show at {@code now}. */
  FreshnessEstimate estimate(SimWorld world, long now, int window) {
    return FreshnessEstimate.of(planner, demand(world, now), ledger, window);
  }

  private Demand demand(SimWorld world, long now) {
    List<ReleaseDemand> releases = new ArrayList<>(world.wants.size());
    world.wants.forEach((releaseId, entries) -> {
      Long last = world.lastFetch.get(releaseId);
      releases.add(new ReleaseDemand(releaseId, last == null ? null : instant(last),
          last == null ? null : world.lastLowest.get(releaseId), wantsOf(releaseId, entries)));
    });
    List<OnDemandRequest> onDemand = new ArrayList<>();
    for (SimWorld.CheckAll checkAll : world.running) {
      onDemand.add(requests.computeIfAbsent(checkAll.id, id -> new OnDemandRequest(
          checkAll.user.id(), id, checkAll.releaseIds, instant(checkAll.requestedAt))));
    }
    return new Demand(instant(now), releases, onDemand, Set.of());
  }

  private List<Want> wantsOf(long releaseId, List<Entry> entries) {
    List<Want> cached = wantLists.get(releaseId);
    if (cached == null || cached.size() != entries.size()) {
      cached = entries.stream().map(e -> new Want(e.user().id(), e.id(),
          Money.of(BigDecimal.valueOf(e.maxEur()), Currency.EUR),
          instant(e.createdAt()))).toList();
      wantLists.put(releaseId, cached);
    }
    return cached;
  }
}
