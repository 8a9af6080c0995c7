package io.waxalert.core.budget;

import java.time.Instant;
import java.util.Comparator;

/**
 * One release as one collector needs it: its tier for that collector and its place in the tier.
 *
 * @param releaseId the release
 * @param reason the tier
 * @param rank order inside the tier, lower first (request time, creation time, minus urgency)
 * @param tieBreak second order inside the tier, lower first
 * @param waitingSince since when the collector waits for it: orders collectors of equal charge
 */
record Candidate(long releaseId, FetchReason reason, double rank, double tieBreak, Instant waitingSince) {

  /** Tier, rank, tie-break, release id: written out, since plans sort every candidate each tick. */
  static final Comparator<Candidate> PRIORITY = (a, b) -> {
    int order = Integer.compare(a.tier(), b.tier());
    if (order == 0) {
      order = Double.compare(a.rank, b.rank);
    }
    if (order == 0) {
      order = Double.compare(a.tieBreak, b.tieBreak);
    }
    return order != 0 ? order : Long.compare(a.releaseId, b.releaseId);
  };

  /** On-demand first, then never checked, then due releases (near a maximum or not) by rank. */
  int tier() {
    switch (reason) {
      case ON_DEMAND:
        return 0;
      case NEVER_CHECKED:
        return 1;
      default:
        return 2;
    }
  }

  /** The better of two needs of one release by one collector. */
  static Candidate better(Candidate a, Candidate b) {
    return PRIORITY.compare(a, b) <= 0 ? a : b;
  }
}
