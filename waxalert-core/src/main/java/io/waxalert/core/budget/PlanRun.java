package io.waxalert.core.budget;

import io.waxalert.core.model.ExchangeRates;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;

/** One computation of a plan: the guarantee first, then shares in turns of the least charged. */
final class PlanRun {

  /** A collector's place in the turns: their queue, how far it is taken, their charge. */
  private static final class Turn {
    final String owner;
    final List<Candidate> queue;
    int next;
    long charge;

    Turn(String owner, List<Candidate> queue, long charge) {
      this.owner = owner;
      this.queue = queue;
      this.charge = charge;
    }

    Candidate head() {
      return next < queue.size() ? queue.get(next) : null;
    }
  }

  private static final Comparator<Turn> LEAST_CHARGED_FIRST = Comparator
      .comparingLong((Turn t) -> t.charge)
      .thenComparing(t -> t.head().waitingSince())
      .thenComparing(t -> t.owner);

  private final BudgetPolicy policy;
  private final ExchangeRates rates;
  private final Demand demand;
  private final Map<Long, ReleaseDemand> byId = new HashMap<>();
  private final Set<Long> picked = new HashSet<>();
  private final Map<String, Long> charges = new HashMap<>();
  private final List<PlannedFetch> fetches = new ArrayList<>();

  PlanRun(BudgetPolicy policy, ExchangeRates rates, Demand demand) {
    this.policy = policy;
    this.rates = rates;
    this.demand = demand;
    for (ReleaseDemand release : demand.releases()) {
      byId.put(release.releaseId(), release);
    }
  }

  /**
   * Up to {@code window} fetches; {@code leadWindow} is the window size the guarantee's lead time
   * assumes (the same as {@code window} when planning for real).
   */
  FetchPlan run(FairShareLedger ledger, int window, int leadWindow) {
    Map<String, List<Candidate>> queues = OwnerQueues.build(policy, rates, demand, byId, this::blocked);
    List<ReleaseDemand> open = demand.releases().stream()
        .filter(r -> r.isActive() && !blocked(r.releaseId())).toList();
    List<Long> urgent = Guarantee.urgent(open, demand.now(), policy, demand.inFlight().size(), leadWindow);
    startCharges(ledger, queues.keySet(), urgent);
    for (long releaseId : urgent) {
      if (fetches.size() >= window) {
        break;
      }
      // the floor every entry gets, off the top: it is not counted against anyone's share
      picked.add(releaseId);
      fetches.add(new PlannedFetch(releaseId, leastChargedWanting(byId.get(releaseId)), FetchReason.OVERDUE));
    }
    takeTurns(queues, window);
    return new FetchPlan(fetches, normalizedLedger(), progress());
  }

  /** In flight already, or fetched within {@code market-max-age}: its last fetch serves every need. */
  private boolean blocked(long releaseId) {
    if (demand.inFlight().contains(releaseId)) {
      return true;
    }
    ReleaseDemand release = byId.get(releaseId);
    return release != null && release.lastFetchedAt() != null
        && release.lastFetchedAt().isAfter(demand.now().minus(policy.marketMaxAge()));
  }

  /**
   * Collectors with open work, or whose releases are in flight, keep their charge; one new to the
   * ledger starts {@code burst} fetches ahead of the least charged of those known.
   */
  private void startCharges(FairShareLedger ledger, Set<String> withQueues, List<Long> urgent) {
    Set<String> retained = new HashSet<>(withQueues);
    for (long releaseId : urgent) {
      byId.get(releaseId).wants().forEach(w -> retained.add(w.ownerId()));
    }
    for (long releaseId : demand.inFlight()) {
      ReleaseDemand release = byId.get(releaseId);
      if (release != null) {
        release.wants().forEach(w -> retained.add(w.ownerId()));
      }
    }
    for (OnDemandRequest request : demand.requests()) {
      if (!progressOf(request).isDone()) {
        retained.add(request.ownerId());
      }
    }
    long least = retained.stream().filter(ledger.charges()::containsKey)
        .mapToLong(ledger::chargeOf).min().orElse(0);
    for (String owner : retained) {
      charges.put(owner, ledger.charges().containsKey(owner) ? ledger.chargeOf(owner) : least - policy.burst());
    }
  }

  private String leastChargedWanting(ReleaseDemand release) {
    return release.wants().stream().map(Want::ownerId).distinct()
        .min(Comparator.comparingLong((String o) -> charges.get(o)).thenComparing(Function.identity()))
        .orElseThrow();
  }

  private void takeTurns(Map<String, List<Candidate>> queues, int window) {
    PriorityQueue<Turn> turns = new PriorityQueue<>(LEAST_CHARGED_FIRST);
    queues.forEach((owner, queue) -> {
      Turn turn = new Turn(owner, queue, charges.get(owner));
      if (skipTaken(turn)) {
        turns.add(turn);
      }
    });
    while (fetches.size() < window && !turns.isEmpty()) {
      Turn turn = turns.poll();
      Candidate head = turn.head();
      if (!skipTaken(turn)) {
        continue;
      }
      if (turn.head() != head) {
        turns.add(turn); // another collector's turn took its head: queue it by its real next need
        continue;
      }
      turn.next++;
      turn.charge = emit(head.releaseId(), turn.owner, head.reason());
      if (skipTaken(turn)) {
        turns.add(turn);
      }
    }
  }

  /** Moves past releases already picked; false when nothing is left. */
  private boolean skipTaken(Turn turn) {
    while (turn.head() != null && picked.contains(turn.head().releaseId())) {
      turn.next++;
    }
    return turn.head() != null;
  }

  private long emit(long releaseId, String owner, FetchReason reason) {
    picked.add(releaseId);
    fetches.add(new PlannedFetch(releaseId, owner, reason));
    return charges.merge(owner, 1L, Long::sum);
  }

  private FairShareLedger normalizedLedger() {
    long least = charges.values().stream().mapToLong(Long::longValue).min().orElse(0);
    Map<String, Long> normalized = new HashMap<>();
    charges.forEach((owner, charge) -> normalized.put(owner, charge - least));
    return new FairShareLedger(normalized);
  }

  private List<RequestProgress> progress() {
    return demand.requests().stream().map(this::progressOf).toList();
  }

  private RequestProgress progressOf(OnDemandRequest request) {
    int total = 0;
    int done = 0;
    int inFlight = 0;
    for (long releaseId : OwnerQueues.distinctReleases(request)) {
      total++;
      ReleaseDemand release = byId.get(releaseId);
      if (release != null && OwnerQueues.serves(release.lastFetchedAt(), request.requestedAt(), policy)) {
        done++;
      } else if (demand.inFlight().contains(releaseId) || picked.contains(releaseId)) {
        inFlight++;
      }
    }
    return new RequestProgress(request.requestId(), total, done, inFlight);
  }
}
