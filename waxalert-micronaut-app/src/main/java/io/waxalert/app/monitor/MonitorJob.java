package io.waxalert.app.monitor;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.waxalert.app.settings.MonitorProperties;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.persistence.JdbcJobLease;
import io.waxalert.persistence.JdbcWantedEntryStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * The scheduled check ({@code waxalert.monitor.enabled}, every {@code waxalert.monitor.tick}): the
 * engine checks the active entries not checked within {@code waxalert.monitor.interval} and records
 * their alerts; the {@code RelayJob} sends them. Of several instances on one database only the
 * holder of the {@code monitor} lease checks, so the one shared Discogs budget is spent by one
 * instance; a crashed holder's lease expires after {@code waxalert.monitor.lease}.
 *
 * <p>Each tick checks at most its share of the active entries (active × tick ÷ interval, least
 * recently checked first), so a thousand entries added at once are checked over the interval rather
 * than in one burst. Entries of one release that fall into neighbouring ticks still cost one fetch:
 * the market cache keeps data for {@code market-max-age}.
 */
@Singleton
@Requires(property = "waxalert.monitor.enabled", value = "true", defaultValue = "true")
public class MonitorJob {

  static final String LEASE = "monitor";

  private final MonitoringEngine engine;
  private final JdbcJobLease lease;
  private final JdbcWantedEntryStore entries;
  private final Clock clock;
  private final MonitorProperties monitor;
  private final String instance = UUID.randomUUID().toString();

  MonitorJob(MonitoringEngine engine, JdbcJobLease lease, JdbcWantedEntryStore entries, Clock clock,
      MonitorProperties monitor) {
    this.engine = engine;
    this.lease = lease;
    this.entries = entries;
    this.clock = clock;
    this.monitor = monitor;
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
    if (lease.tryAcquire(LEASE, instance, now, now.plus(monitor.lease()))) {
      try {
        engine.runDue(entriesPerTick(entries.countActive(), monitor.tick(), monitor.interval()));
      } finally {
        lease.release(LEASE, instance, clock.instant());
      }
    }
  }
}
