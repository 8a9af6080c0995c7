package io.waxalert.core.monitor;

import io.waxalert.core.Nullable;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.model.MarketStats;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * What checking one release for every entry watching it found: the unit of work of a host that
 * schedules release fetches itself ({@link MonitoringEngine#checkRelease}). The entries' check states
 * are this release's outcome only; the host records them, combining a master entry's releases with
 * {@link CheckStates#combine}.
 *
 * @param releaseId the release
 * @param stats the market data the check used; null when it could not be fetched
 * @param failure why the market data could not be fetched; null when it was
 * @param states per entry judged, its outcome on this release (a listing failure of one entry is
 *     its own {@code check_failed} state even when the stats were fetched)
 * @param statsRequests market-stats fetches made (0 when the market data was given)
 * @param listingRequests per-listing fetches made
 * @param newAlerts alerts recorded for the first time
 */
public record ReleaseReport(
    long releaseId, @Nullable MarketStats stats, @Nullable RuntimeException failure, Map<UUID, CheckState> states,
    int statsRequests, int listingRequests, int newAlerts) {

  /**
   * Copies {@code states}.
   *
   * @param releaseId the release
   * @param stats the market data the check used; null when it could not be fetched
   * @param failure why the market data could not be fetched; null when it was
   * @param states per entry judged, its outcome on this release
   * @param statsRequests market-stats fetches made
   * @param listingRequests per-listing fetches made
   * @param newAlerts alerts recorded for the first time
   * @throws IllegalArgumentException unless exactly one of {@code stats} and {@code failure} is set
   */
  public ReleaseReport {
    states = Map.copyOf(Objects.requireNonNull(states, "states"));
    if ((stats == null) == (failure == null)) {
      throw new IllegalArgumentException("exactly one of stats and failure is set");
    }
  }

  /**
   * Whether the market data was fetched.
   *
   * @return true when it was (entries may still have failed on their listings)
   */
  public boolean fetched() {
    return stats != null;
  }
}
