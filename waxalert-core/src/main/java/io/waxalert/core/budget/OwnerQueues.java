package io.waxalert.core.budget;

import io.waxalert.core.model.ExchangeRates;
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
    wantsByOwner.forEach((owner, wants) -> {
      Candidate candidate = neverChecked(release, wants);
      if (candidate == null && due) {
        candidate = dueCandidate(release, wants);
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

  private Candidate dueCandidate(ReleaseDemand release, List<Want> wants) {
    Instant last = release.lastFetchedAt();
    double nearest = Double.NaN;
    for (Want want : wants) {
      double distance = Nearness.distance(release.lastLowestPrice(), want.maxPrice(), rates);
      if (!Double.isNaN(distance) && (Double.isNaN(nearest) || distance < nearest)) {
        nearest = distance;
      }
    }
    Instant dueSince = last.plus(policy.interval());
    if (!Double.isNaN(nearest) && nearest <= policy.nearMaximum()) {
      return new Candidate(release.releaseId(), FetchReason.NEAR_MAXIMUM, nearest, last.toEpochMilli(), dueSince);
    }
    return new Candidate(release.releaseId(), FetchReason.STALE, last.toEpochMilli(), 0, dueSince);
  }

  private void addOnDemand(OnDemandRequest request, Map<Long, ReleaseDemand> byId, Predicate<Long> blocked) {
    int position = 0;
    for (long releaseId : distinctReleases(request)) {
      ReleaseDemand release = byId.get(releaseId);
      Instant last = release == null ? null : release.lastFetchedAt();
      if (!serves(last, request.requestedAt(), policy) && !blocked.test(releaseId)) {
        add(request.ownerId(), new Candidate(releaseId, FetchReason.ON_DEMAND,
            request.requestedAt().toEpochMilli(), position, request.requestedAt()));
      }
      position++;
    }
  }

  private void add(String owner, Candidate candidate) {
    byOwner.computeIfAbsent(owner, o -> new HashMap<>())
        .merge(candidate.releaseId(), candidate, Candidate::better);
  }
}
