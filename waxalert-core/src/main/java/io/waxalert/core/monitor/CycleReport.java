package io.waxalert.core.monitor;

import java.time.Duration;

/**
 * What one monitoring cycle did, for logs, metrics and the check-all answer. Delivery is the
 * {@code AlertRelay}'s: its {@code RelayReport} says what was sent.
 *
 * @param entriesChecked entries tried
 * @param releasesChecked distinct releases whose market was looked at
 * @param statsRequests market-stats fetches tried, failed ones included
 * @param listingRequests per-listing fetches tried (only where the lowest price could fit)
 * @param matchedEntries entries with a fitting listing now
 * @param newAlerts alerts raised for the first time (and queued for delivery)
 * @param failedEntries entries whose check could not be made
 * @param elapsed wall time of the cycle
 */
public record CycleReport(
    int entriesChecked, int releasesChecked, int statsRequests, int listingRequests,
    int matchedEntries, int newAlerts, int failedEntries,
    Duration elapsed) {

  /**
   * One line with every figure, for the log.
   *
   * @return the summary
   */
  public String summary() {
    return String.format(
        "checked %d entries on %d releases (%d stats + %d listing requests): %d matched, %d new alerts,"
            + " %d failed checks, in %d ms",
        entriesChecked, releasesChecked, statsRequests, listingRequests, matchedEntries, newAlerts,
        failedEntries, elapsed.toMillis());
  }
}
