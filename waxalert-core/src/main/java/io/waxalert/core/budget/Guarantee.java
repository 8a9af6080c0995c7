package io.waxalert.core.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The {@code max-staleness} guarantee as earliest-deadline-first: each active release must be
 * fetched before {@code last fetch + max-staleness} (a never-fetched one counts from its first
 * entry's creation). Fetching in deadline order at the policy's rate, the k-th deadline is met when
 * it lies beyond the time k fetches take; every release up to the last deadline that is not
 * comfortably beyond it is urgent and goes first, before any share.
 *
 * <p>The lead time covers the fetches already queued, this window and the next one, and a fiftieth
 * of {@code max-staleness} for synchronous calls spending the same budget. When the rate cannot
 * cover every release within {@code max-staleness} at all, the urgent set grows until it fills every
 * window: the plan degrades to stalest first.
 */
final class Guarantee {

  private record Deadline(long releaseId, Instant at) {}

  private Guarantee() {}

  /** The urgent releases among {@code releases} (active, not in flight, not fresh), in deadline order. */
  static List<Long> urgent(Collection<ReleaseDemand> releases, Instant now, BudgetPolicy policy,
      int queued, int window) {
    List<Deadline> deadlines = new ArrayList<>(releases.size());
    for (ReleaseDemand release : releases) {
      deadlines.add(new Deadline(release.releaseId(), lastCheck(release).plus(policy.maxStaleness())));
    }
    deadlines.sort(Comparator.comparing(Deadline::at).thenComparingLong(Deadline::releaseId));
    double perRequest = seconds(policy.perRequest());
    double margin = perRequest * (queued + 2.0 * window) + seconds(policy.maxStaleness()) / 50;
    int urgentCount = 0;
    for (int k = 1; k <= deadlines.size(); k++) {
      double slack = seconds(Duration.between(now, deadlines.get(k - 1).at())) - perRequest * k - margin;
      if (slack <= 0) {
        urgentCount = k;
      }
    }
    List<Long> urgent = new ArrayList<>(urgentCount);
    for (int i = 0; i < urgentCount; i++) {
      urgent.add(deadlines.get(i).releaseId());
    }
    return urgent;
  }

  /** The last fetch, or for a release never fetched the creation of its oldest entry. */
  static Instant lastCheck(ReleaseDemand release) {
    if (release.lastFetchedAt() != null) {
      return release.lastFetchedAt();
    }
    return release.wants().stream().map(Want::createdAt).min(Comparator.naturalOrder()).orElseThrow();
  }

  private static double seconds(Duration duration) {
    return duration.getSeconds() + duration.getNano() / 1e9;
  }
}
