package io.waxalert.benchmarks.budget;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The baseline: plain round-robin with no notion of collectors. The background pass takes the
 * least recently fetched due release first (never fetched first of all); each running check-all is
 * its own stream, and the streams take turns (what request threads and the scheduled job sharing
 * one rate limiter do in today's service). It has the same single flight as the planner: nothing
 * fetched within market-max-age is fetched again.
 */
final class RoundRobinScheduler implements SimScheduler {

  private int turn;

  @Override
  public String name() {
    return "round-robin";
  }

  @Override
  public List<Long> window(SimWorld world, long now, int window) {
    long dueBefore = now - world.config.interval().toMillis();
    List<long[]> due = new ArrayList<>(); // {last fetch (never: first of all), release id}
    for (long releaseId : world.wants.keySet()) {
      Long last = world.lastFetch.get(releaseId);
      if (last == null || last <= dueBefore) {
        due.add(new long[] {last == null ? Long.MIN_VALUE : last, releaseId});
      }
    }
    due.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(a[1], b[1]));
    List<Long> dueIds = new ArrayList<>(due.size());
    due.forEach(d -> dueIds.add(d[1]));
    Iterator<Long> background = dueIds.iterator();
    List<Iterator<Long>> streams = new ArrayList<>();
    streams.add(background);
    for (SimWorld.CheckAll checkAll : world.running) {
      streams.add(new ArrayList<>(checkAll.pending).iterator());
    }
    Set<Long> picked = new HashSet<>();
    List<Long> fetches = new ArrayList<>();
    int idle = 0;
    while (fetches.size() < window && idle < streams.size()) {
      Iterator<Long> stream = streams.get(turn++ % streams.size());
      Long next = null;
      while (stream.hasNext() && next == null) {
        long candidate = stream.next();
        if (!picked.contains(candidate) && !world.fresh(candidate, now)) {
          next = candidate;
        }
      }
      if (next == null) {
        idle++;
        continue;
      }
      idle = 0;
      picked.add(next);
      fetches.add(next);
    }
    return fetches;
  }
}
