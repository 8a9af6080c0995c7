package io.waxalert.app.monitor;

import io.micronaut.serde.annotation.Serdeable;
import io.waxalert.core.delivery.AlertRelay;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.monitor.MonitoringEngine;
import jakarta.inject.Singleton;
import java.util.List;

/**
 * Check-all: checks every active entry of one owner now, then delivers their due alerts right away
 * (also when the scheduled jobs are off).
 */
@Singleton
public class CheckAll {

  /**
   * The answer of check-all.
   *
   * @param checked entries tried
   * @param matched entries with a fitting offer now
   * @param notified the owner's alerts delivered on at least one channel by this call (new ones, and
   *     earlier ones whose retry came)
   * @param failed entries whose check could not be made
   */
  @Serdeable
  public record Result(int checked, int matched, int notified, int failed) {}

  private final AccountBlocklistStore entries;
  private final MonitoringEngine engine;
  private final AlertRelay relay;

  CheckAll(AccountBlocklistStore entries, MonitoringEngine engine, AlertRelay relay) {
    this.entries = entries;
    this.engine = engine;
    this.relay = relay;
  }

  public Result run(String ownerId) {
    List<WantedEntry> active = entries.findByOwner(ownerId).stream().filter(WantedEntry::active).toList();
    CycleReport checked = engine.check(active);
    int notified = relay.relayFor(ownerId).delivered();
    return new Result(checked.entriesChecked(), checked.matchedEntries(), notified, checked.failedEntries());
  }
}
