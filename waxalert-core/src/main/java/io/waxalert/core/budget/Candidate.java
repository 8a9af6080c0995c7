package io.waxalert.core.budget;

import java.time.Instant;
import java.util.Comparator;

/**
 * One release as one collector needs it: its tier for that collector and its place in the tier.
 *
 * @param releaseId the release
 * @param reason the tier
 * @param rank order inside the tier, lower first (request time, creation time, distance, last fetch)
 * @param tieBreak second order inside the tier, lower first
 * @param waitingSince since when the collector waits for it: orders collectors of equal charge
 */
record Candidate(long releaseId, FetchReason reason, double rank, long tieBreak, Instant waitingSince) {

  static final Comparator<Candidate> PRIORITY = Comparator
      .comparing(Candidate::reason)
      .thenComparingDouble(Candidate::rank)
      .thenComparingLong(Candidate::tieBreak)
      .thenComparingLong(Candidate::releaseId);

  /** The better of two needs of one release by one collector. */
  static Candidate better(Candidate a, Candidate b) {
    return PRIORITY.compare(a, b) <= 0 ? a : b;
  }
}
