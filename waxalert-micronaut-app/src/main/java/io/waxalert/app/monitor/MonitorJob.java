package io.waxalert.app.monitor;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import io.waxalert.app.alerts.AlertRelay;
import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.app.config.MonitorProperties;
import io.waxalert.persistence.JdbcJobLease;
import io.waxalert.persistence.JdbcWantedEntryStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The scheduled check ({@code waxalert.monitor.enabled}, every minute): the engine takes the active
 * entries not checked within {@code waxalert.monitor.interval}, records their alerts, and the outbox
 * relay sends the due ones. Of several instances on one database only the holder of the
 * {@code monitor} lease checks (so no release is checked twice in a run, and the one shared Discogs
 * budget is spent by one instance); a crashed holder's lease expires after
 * {@code waxalert.monitor.lease} (default 10 minutes). Every instance runs the relay: alerts are
 * claimed one by one in the database, so none is sent twice.
 *
 * <p>Each tick checks at most its share of the active entries (active × tick ÷ interval, least
 * recently checked first), so a thousand entries added at once are checked over the interval rather
 * than in one burst, and the Discogs budget is spent evenly. Entries of one release that fall into
 * neighbouring ticks still cost one fetch: the market cache keeps data for {@code market-max-age}.
 */
@Singleton
@Requires(property = "waxalert.monitor.enabled", value = "true", defaultValue = "true")
public class MonitorJob {

  private static final Logger LOG = LoggerFactory.getLogger(MonitorJob.class);
  static final String LEASE = "monitor";

  private final MonitoringEngine engine;
  private final CheckMetrics metrics;
  private final AlertRelay relay;
  private final JdbcJobLease lease;
  private final Clock clock;
  private final Duration leaseFor;
  private final Duration tick;
  private final Duration interval;
  private final JdbcWantedEntryStore entries;
  private final String instance = UUID.randomUUID().toString();

  MonitorJob(MonitoringEngine engine, CheckMetrics metrics, AlertRelay relay, JdbcJobLease lease,
      JdbcWantedEntryStore entries, Clock clock, MonitorProperties monitor,
      @Value("${waxalert.monitor.lease:10m}") Duration leaseFor,
      @Value("${waxalert.monitor.tick:1m}") Duration tick) {
    this.engine = engine;
    this.metrics = metrics;
    this.relay = relay;
    this.lease = lease;
    this.clock = clock;
    this.leaseFor = leaseFor;
    this.entries = entries;
    this.tick = tick;
    this.interval = monitor.interval();
  }

  /** The share of {@code active} entries one tick checks so that all are checked once per interval. */
  static int entriesPerTick(long active, Duration tick, Duration interval) {
    if (interval.isZero() || tick.compareTo(interval) >= 0) {
      return (int) Math.min(Integer.MAX_VALUE, Math.max(1, active));
    }
    double share = (double) active * tick.toMillis() / interval.toMillis();
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (long) Math.ceil(share)));
  }

  @Scheduled(fixedDelay = "${waxalert.monitor.tick:1m}", initialDelay = "${waxalert.monitor.initial-delay:30s}")
  public void run() {
    Instant now = clock.instant();
    CycleReport checked = null;
    if (lease.tryAcquire(LEASE, instance, now, now.plus(leaseFor))) {
      try {
        checked = engine.runDue(entriesPerTick(entries.countActive(), tick, interval));
      } finally {
        lease.release(LEASE, instance, clock.instant());
      }
    }
    AlertRelay.Report relayed = relay.relayDue();
    AlertRelay.Delivery delivery = relayed.mail();
    CycleReport report = checked == null
        ? new CycleReport(0, 0, 0, 0, 0, 0, relayed.notified(), delivery.failed(), 0, Duration.ZERO)
        : new CycleReport(checked.entriesChecked(), checked.releasesChecked(), checked.statsRequests(),
            checked.listingRequests(), checked.matchedEntries(), checked.newAlerts(), relayed.notified(),
            delivery.failed(), checked.failedEntries(), checked.elapsed());
    metrics.record(report);
    LOG.info("monitor run: checked={} entries={} releases={} discogs_requests={} matches={} new_alerts={}"
        + " mails_sent={} mails_failed={} undeliverable={} webhooks_sent={} webhooks_failed={}"
        + " failed_checks={} backlog={} took_ms={}",
        checked != null, report.entriesChecked(), report.releasesChecked(),
        report.statsRequests() + report.listingRequests(), report.matchedEntries(), report.newAlerts(),
        delivery.sent(), delivery.failed(), delivery.undeliverable(), relayed.webhook().sent(),
        relayed.webhook().failed(), report.failedEntries(), relay.backlog(),
        report.elapsed().toMillis());
  }
}
