package io.waxalert.benchmarks.budget;

import io.waxalert.benchmarks.budget.SimPopulation.Entry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The alert-worthy events of a run, the same for every scheduler: a state of a release's market
 * whose lowest price is at or below an entry's maximum (a listing that fits), from when it appears
 * (or the entry is added) until the price moves again (it sold or was undercut). An event is alerted
 * when the release is fetched while it lasts, with the delay from its start to that fetch.
 */
final class SimEvents {

  record Event(Entry entry, long start, long end) {}

  final List<Event> events = new ArrayList<>();

  /** Events starting in {@code [0, countBefore)}: later ones could not be judged fairly. */
  SimEvents(SimMarket market, SimPopulation population, long countBefore) {
    for (Entry entry : population.entries) {
      long releaseId = entry.releaseId();
      int first = Math.max(0, market.stateAt(releaseId, Math.max(0, entry.createdAt())));
      for (int state = first; state < market.states(releaseId); state++) {
        long start = Math.max(market.stateStart(releaseId, state), entry.createdAt());
        if (start >= countBefore) {
          break;
        }
        // a state already in force when the run starts was alerted before it
        if (start >= 0 && market.statePrice(releaseId, state) <= entry.maxEur()) {
          events.add(new Event(entry, start, market.stateEnd(releaseId, state)));
        }
      }
    }
  }

  /** The first fetch in {@code [from, until)}, or -1. */
  static long firstFetch(List<Long> log, long from, long until) {
    if (log == null) {
      return -1;
    }
    int at = Collections.binarySearch(log, from);
    int index = at >= 0 ? at : -at - 1;
    return index < log.size() && log.get(index) < until ? log.get(index) : -1;
  }
}
