package io.waxalert.core.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When the planner will reach each release if nothing else arrives: the planner itself run forward
 * in steps of a sixth of {@code interval}, each step's window fetched at the policy's rate, each
 * fetch fed back as the release's new last fetch (its lowest price unchanged), until every active
 * release has been reached or {@code max-staleness} has passed. A release that becomes due inside
 * a step waits for the next one, so estimates are late by up to a step. Costs at most
 * {@code max-staleness / step} plans: compute it every few minutes, not on every tick.
 */
final class Forecast {

  private Forecast() {}

  /** Estimated next fetch per release reached; releases not reached within the horizon are absent. */
  static Map<Long, Instant> nextFetches(FetchPlanner planner, Demand demand, FairShareLedger ledger, int window) {
    BudgetPolicy policy = planner.policy();
    Duration perRequest = policy.perRequest();
    Duration step = policy.interval().dividedBy(6);
    int perStep = (int) Math.max(1, step.toNanos() / Math.max(1, perRequest.toNanos()));
    Map<Long, ReleaseDemand> current = new LinkedHashMap<>();
    demand.releases().forEach(r -> current.put(r.releaseId(), r));
    long active = demand.releases().stream().filter(ReleaseDemand::isActive).count();
    Map<Long, Instant> next = new HashMap<>();
    Instant free = demand.now().plus(perRequest.multipliedBy(demand.inFlight().size()));
    for (long releaseId : demand.inFlight()) {
      fetched(current, next, releaseId, free);
    }
    Instant horizon = demand.now().plus(policy.maxStaleness()).plus(step);
    FairShareLedger charges = ledger;
    for (Instant t = demand.now(); countActive(next, current) < active && t.isBefore(horizon); t = t.plus(step)) {
      Demand ahead = new Demand(t, List.copyOf(current.values()), demand.requests(), Set.of());
      FetchPlan plan = planner.planAhead(ahead, charges, perStep, window);
      charges = plan.ledger();
      Instant at = free.isAfter(t) ? free : t;
      for (PlannedFetch fetch : plan.fetches()) {
        at = at.plus(perRequest);
        fetched(current, next, fetch.releaseId(), at);
      }
      free = at;
    }
    return next;
  }

  private static void fetched(Map<Long, ReleaseDemand> current, Map<Long, Instant> next, long releaseId, Instant at) {
    next.putIfAbsent(releaseId, at);
    ReleaseDemand release = current.get(releaseId);
    if (release != null) {
      current.put(releaseId, new ReleaseDemand(releaseId, at, release.lastLowestPrice(), release.wants()));
    }
  }

  private static long countActive(Map<Long, Instant> next, Map<Long, ReleaseDemand> current) {
    return next.keySet().stream().filter(id -> current.containsKey(id) && current.get(id).isActive()).count();
  }
}
