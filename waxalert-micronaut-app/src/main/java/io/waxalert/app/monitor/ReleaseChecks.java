package io.waxalert.app.monitor;

import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.monitor.CheckStates;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.core.monitor.ReleaseReport;
import io.waxalert.persistence.JdbcEntryChecks;
import io.waxalert.persistence.JdbcEntryReleaseChecks;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks one release for the entries watching it and records their states: the unit of work of the
 * background pass and of check-all alike. The market comes through {@link MarketData} (one fetch
 * serves every need within {@code market-max-age}). A single-release entry's state is this release's
 * outcome; a master entry's state combines the latest outcome of each of its releases (kept per
 * release, since each is checked in its own turn, perhaps on another instance). The states of a
 * release's entries are recorded in one batch.
 */
public final class ReleaseChecks {

  private final MonitoringEngine engine;
  private final AccountBlocklistStore entries;
  private final JdbcEntryReleaseChecks perRelease;
  private final CheckMetrics metrics;
  private final JdbcEntryChecks checkStates;

  public ReleaseChecks(MonitoringEngine engine, AccountBlocklistStore entries, JdbcEntryReleaseChecks perRelease,
      CheckMetrics metrics, JdbcEntryChecks checkStates) {
    this.checkStates = checkStates;
    this.engine = engine;
    this.entries = entries;
    this.perRelease = perRelease;
    this.metrics = metrics;
  }

  /**
   * Checks {@code releaseId} for {@code watching} (their owners' blocked sellers merged in here) and
   * records each entry's state; the entries' states as recorded, by entry.
   */
  public Map<java.util.UUID, CheckState> check(long releaseId, List<WantedEntry> watching, Currency fallback) {
    return check(releaseId, watching, fallback, () -> { });
  }

  /** The same, calling {@code onNewAlerts} once the check recorded new alerts (e.g. to wake the relay). */
  public Map<java.util.UUID, CheckState> check(long releaseId, List<WantedEntry> watching, Currency fallback,
      Runnable onNewAlerts) {
    List<WantedEntry> merged = entries.withAccountBlocklists(watching);
    ReleaseReport report = engine.checkRelease(releaseId, fallback, merged);
    metrics.record(report);
    Map<java.util.UUID, CheckState> recorded = new java.util.HashMap<>();
    for (WantedEntry entry : merged) {
      CheckState state = report.states().get(entry.id());
      if (state == null) {
        continue; // paused meanwhile
      }
      if (entry.releaseIds().size() > 1) {
        perRelease.record(entry.id(), releaseId, state);
        List<CheckState> latest = new ArrayList<>(perRelease.find(entry.id()).entrySet().stream()
            .filter(e -> entry.releaseIds().contains(e.getKey())).map(Map.Entry::getValue).toList());
        state = CheckStates.combine(latest.isEmpty() ? List.of(state) : latest);
      }
      recorded.put(entry.id(), state);
    }
    checkStates.recordAll(recorded);
    if (report.newAlerts() > 0) {
      onNewAlerts.run();
    }
    return recorded;
  }
}
