package io.waxalert.benchmarks.budget;

import io.waxalert.benchmarks.budget.SimPopulation.Entry;
import io.waxalert.benchmarks.budget.SimPopulation.User;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one scheduler's service knows and did in a run: the active entries, each release's last
 * fetch and lowest price, the check-alls running, and the log of every fetch.
 */
final class SimWorld {

  /** A check-all: running until every release of it was fetched at or after its click − max age. */
  static final class CheckAll {
    final User user;
    final String id;
    final List<Long> releaseIds;
    final Set<Long> pending;
    final long requestedAt;
    long doneAt = -1;

    CheckAll(User user, String id, List<Long> releaseIds, Set<Long> pending, long requestedAt) {
      this.user = user;
      this.id = id;
      this.releaseIds = releaseIds;
      this.pending = pending;
      this.requestedAt = requestedAt;
    }
  }

  final SimConfig config;
  final SimMarket market;
  final Map<Long, List<Entry>> wants = new HashMap<>();
  final Map<User, List<Long>> releasesOf = new HashMap<>();
  final Map<Long, Long> lastFetch = new HashMap<>();
  final Map<Long, Money> lastLowest = new HashMap<>();
  final Map<Long, List<Long>> fetchLog = new HashMap<>();
  final List<CheckAll> running = new ArrayList<>();
  final List<CheckAll> finished = new ArrayList<>();
  final Map<Long, Long> firstWanted = new HashMap<>();
  final Map<Long, Long> fetchedBeforeRun = new HashMap<>();
  int repeatsWithinMaxAge;
  int fetches;
  private int requestCount;

  SimWorld(SimConfig config, SimMarket market) {
    this.config = config;
    this.market = market;
  }

  void add(Entry entry) {
    wants.computeIfAbsent(entry.releaseId(), r -> new ArrayList<>()).add(entry);
    releasesOf.computeIfAbsent(entry.user(), u -> new ArrayList<>()).add(entry.releaseId());
    firstWanted.merge(entry.releaseId(), Math.max(0, entry.createdAt()), Math::min);
  }

  /** A fetch before the run, so both schedulers start from the same warm state. */
  void fetchedBefore(long releaseId, long at) {
    fetchedBeforeRun.put(releaseId, at);
    lastFetch.put(releaseId, at);
    lastLowest.put(releaseId, lowest(releaseId, at));
  }

  void fetch(long releaseId, long at) {
    Long previous = lastFetch.get(releaseId);
    if (previous != null && previous > at - config.marketMaxAge().toMillis()) {
      repeatsWithinMaxAge++;
    }
    fetches++;
    lastFetch.put(releaseId, at);
    lastLowest.put(releaseId, lowest(releaseId, at));
    fetchLog.computeIfAbsent(releaseId, r -> new ArrayList<>()).add(at);
    for (int i = running.size() - 1; i >= 0; i--) {
      CheckAll checkAll = running.get(i);
      if (checkAll.pending.remove(releaseId) && checkAll.pending.isEmpty()) {
        finish(checkAll, at);
        running.remove(i);
      }
    }
  }

  /** The user clicks check-all: a running one of theirs answers instead (the contract's rule). */
  void clickCheckAll(User user, long at) {
    if (running.stream().anyMatch(c -> c.user.equals(user))) {
      return;
    }
    List<Long> releases = List.copyOf(new LinkedHashSet<>(releasesOf.getOrDefault(user, List.of())));
    Set<Long> pending = new LinkedHashSet<>();
    for (long releaseId : releases) {
      Long last = lastFetch.get(releaseId);
      if (last == null || last < at - config.marketMaxAge().toMillis()) {
        pending.add(releaseId);
      }
    }
    CheckAll checkAll = new CheckAll(user, "check-" + (++requestCount), releases, pending, at);
    if (pending.isEmpty()) {
      finish(checkAll, at);
    } else {
      running.add(checkAll);
    }
  }

  /** Fetched within market-max-age: served from that fetch. */
  boolean fresh(long releaseId, long now) {
    Long last = lastFetch.get(releaseId);
    return last != null && last > now - config.marketMaxAge().toMillis();
  }

  private void finish(CheckAll checkAll, long at) {
    checkAll.doneAt = at;
    finished.add(checkAll);
  }

  private Money lowest(long releaseId, long at) {
    return Money.of(BigDecimal.valueOf(market.priceAt(releaseId, at)), Currency.EUR);
  }
}
