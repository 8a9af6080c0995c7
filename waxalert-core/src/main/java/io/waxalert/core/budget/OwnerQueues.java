package io.waxalert.core.budget;

import io.waxalert.core.model.ExchangeRates;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Each collector's open work as that collector sees it, best first: their pending on-demand
 * releases, then releases never fetched since one of their entries was added, then due releases
 * near one of their maxima (nearest first), then the other due releases (stalest first). A release
 * several collectors want is in each of their queues, in the tier it has for each.
 */
final class OwnerQueues {

  private final BudgetPolicy policy;
  private final ExchangeRates rates;
  private final Instant now;
  private final Map<String, Map<Long, Candidate>> byOwner = new HashMap<>();

  private OwnerQueues(BudgetPolicy policy, ExchangeRates rates, Instant now) {
    this.policy = policy;
    this.rates = rates;
    this.now = now;
  }

  /** The queues of every collector with open work; releases {@code blocked} are left out. */
  static Map<String, List<Candidate>> build(BudgetPolicy policy, ExchangeRates rates, Demand demand,
      Map<Long, ReleaseDemand> byId, Predicate<Long> blocked) {
    OwnerQueues queues = new OwnerQueues(policy, rates, demand.now());
    for (ReleaseDemand release : demand.releases()) {
      if (release.isActive() && !blocked.test(release.releaseId())) {
        queues.addBackground(release);
      }
    }
    List<OnDemandRequest> requests = new ArrayList<>(demand.requests());
    requests.sort(Comparator.comparing(OnDemandRequest::requestedAt));
    for (OnDemandRequest request : requests) {
      queues.addOnDemand(request, byId, blocked);
    }
    Map<String, List<Candidate>> sorted = new HashMap<>();
    queues.byOwner.forEach((owner, candidates) -> {
      List<Candidate> queue = new ArrayList<>(candidates.values());
      queue.sort(Candidate.PRIORITY);
      sorted.put(owner, queue);
    });
    return sorted;
  }

  /** True when a fetch at {@code fetchedAt} serves a need that arose at {@code neededAt}. */
  static boolean serves(Instant fetchedAt, Instant neededAt, BudgetPolicy policy) {
    return fetchedAt != null && !fetchedAt.isBefore(neededAt.minus(policy.marketMaxAge()));
  }

  /** The distinct releases of a request, in its order. */
  static Set<Long> distinctReleases(OnDemandRequest request) {
    return new LinkedHashSet<>(request.releaseIds());
  }

  private void addBackground(ReleaseDemand release) {
    Instant last = release.lastFetchedAt();
    boolean due = last == null || !last.isAfter(now.minus(policy.interval()));
    Map<String, List<Want>> wantsByOwner = new HashMap<>();
    for (Want want : release.wants()) {
      wantsByOwner.computeIfAbsent(want.ownerId(), o -> new ArrayList<>()).add(want);
    }
    Map<String, Double> nearestByOwner = new HashMap<>();
    double totalWeight = 0;
    if (due && last != null) {
      for (Map.Entry<String, List<Want>> owner : wantsByOwner.entrySet()) {
        double nearest = nearest(release, owner.getValue());
        nearestByOwner.put(owner.getKey(), nearest);
        totalWeight += Nearness.weight(nearest, policy);
      }
    }
    double total = totalWeight;
    wantsByOwner.forEach((owner, wants) -> {
      Candidate candidate = neverChecked(release, wants);
      if (candidate == null && due) {
        candidate = dueCandidate(release, nearestByOwner.get(owner), total);
      }
      if (candidate != null) {
        add(owner, candidate);
      }
    });
  }

  private Candidate neverChecked(ReleaseDemand release, List<Want> wants) {
    Instant last = release.lastFetchedAt();
    Instant oldest = null;
    for (Want want : wants) {
      boolean unchecked = last == null || last.isBefore(want.createdAt());
      if (unchecked && (oldest == null || want.createdAt().isBefore(oldest))) {
        oldest = want.createdAt();
      }
    }
    return oldest == null ? null
        : new Candidate(release.releaseId(), FetchReason.NEVER_CHECKED, oldest.toEpochMilli(), 0, oldest);
  }

  /**
   * A due release as one owner sees it: its urgency is its age in intervals times its worth, the
   * owner's own nearness weight plus, at a lower rate, the other owners' (the fetch serves them too).
   */
  private Candidate dueCandidate(ReleaseDemand release, double nearest, double totalWeight) {
    Instant last = release.lastFetchedAt();
    boolean near = !Double.isNaN(nearest) && nearest <= policy.nearMaximum();
    double own = Nearness.weight(nearest, policy);
    double worth = own + Nearness.OTHERS * (totalWeight - own);
    double urgency = Nearness.intervals(Duration.between(last, now), policy) * worth;
    return new Candidate(release.releaseId(), near ? FetchReason.NEAR_MAXIMUM : FetchReason.STALE, -urgency,
        last.toEpochMilli(), last.plus(policy.interval()));
  }

  /**
   * A request's pending releases, the oldest request first; inside one request the most urgent
   * release first (never fetched, then as for due releases), so a long check-all still brings the
   * likeliest alerts early.
   */
  private void addOnDemand(OnDemandRequest request, Map<Long, ReleaseDemand> byId, Predicate<Long> blocked) {
    for (long releaseId : distinctReleases(request)) {
      ReleaseDemand release = byId.get(releaseId);
      Instant last = release == null ? null : release.lastFetchedAt();
      if (!serves(last, request.requestedAt(), policy) && !blocked.test(releaseId)) {
        double urgency = last == null ? Double.MAX_VALUE
            : Nearness.intervals(Duration.between(last, now), policy)
                * Nearness.weight(nearest(release, request.ownerId()), policy);
        add(request.ownerId(), new Candidate(releaseId, FetchReason.ON_DEMAND,
            request.requestedAt().toEpochMilli(), -urgency, request.requestedAt()));
      }
    }
  }

  /** The smallest distance of the release's last lowest price to a maximum of these wants; NaN if none. */
  private double nearest(ReleaseDemand release, List<Want> wants) {
    double nearest = Double.NaN;
    for (Want want : wants) {
      double distance = Nearness.distance(release.lastLowestPrice(), want.maxPrice(), rates);
      if (!Double.isNaN(distance) && (Double.isNaN(nearest) || distance < nearest)) {
        nearest = distance;
      }
    }
    return nearest;
  }

  private double nearest(ReleaseDemand release, String owner) {
    return nearest(release, release.wants().stream().filter(w -> w.ownerId().equals(owner)).toList());
  }

  private void add(String owner, Candidate candidate) {
    byOwner.computeIfAbsent(owner, o -> new HashMap<>())
        .merge(candidate.releaseId(), candidate, Candidate::better);
  }
}
