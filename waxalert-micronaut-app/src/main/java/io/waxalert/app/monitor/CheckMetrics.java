package io.waxalert.app.monitor;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.monitor.ReleaseReport;
import io.waxalert.discogs.DiscogsClient;
import jakarta.inject.Singleton;

/**
 * The checks' meters on {@code /prometheus}: check runs and their duration, releases and entries
 * checked, matches, failed checks and new alerts (fed by every cycle, scheduled or check-all's), and
 * the shared Discogs client's requests, 429 answers and last remaining budget. Deliveries are
 * {@code DeliveryMetrics}'.
 */
@Singleton
public class CheckMetrics {

  private final MeterRegistry registry;
  private final Timer cycles;
  private final Timer checkAlls;
  private final Timer scheduledFetches;

  CheckMetrics(MeterRegistry registry, DiscogsClient client) {
    this.registry = registry;
    // kind: a collector's check-all, one release fetched by the budget scheduler, or a whole cycle (embedded engine)
    this.checkAlls = runTimer(registry, "check_all");
    this.scheduledFetches = runTimer(registry, "scheduled");
    this.cycles = runTimer(registry, "cycle");
    FunctionCounter.builder("waxalert.discogs.requests", client, c -> c.rateLimitStats().requests())
        .description("HTTP requests to Discogs, retries included").register(registry);
    FunctionCounter.builder("waxalert.discogs.rate.limited", client,
            c -> c.rateLimitStats().rateLimitedResponses())
        .description("429 answers from Discogs").register(registry);
    Gauge.builder("waxalert.discogs.ratelimit.remaining", client,
            c -> c.rateLimitStats().lastRemaining().orElse(-1))
        .description("last X-Discogs-Ratelimit-Remaining, -1 before the first").register(registry);
  }

  /**
   * Registers the meters once the server listens (the bean is created for it), not before: building
   * the Discogs client delayed the service's first answer (issue 15).
   */
  @EventListener
  void onServerStarted(ServerStartupEvent event) {
    // the constructor registered them
  }

  private static Timer runTimer(MeterRegistry registry, String kind) {
    return Timer.builder("waxalert.check.runs").description("check runs and their duration, by kind")
        .tag("kind", kind).register(registry);
  }

  /** Times one check-all of a collector, start to end. */
  public void timeCheckAll(Runnable run) {
    checkAlls.record(run);
  }

  /** Times one release fetched and judged by the budget scheduler. */
  public void timeScheduledFetch(Runnable fetch) {
    scheduledFetches.record(fetch);
  }

  /** Records one cycle. */
  public void record(CycleReport report) {
    cycles.record(report.elapsed());
    registry.counter("waxalert.check.entries").increment(report.entriesChecked());
    registry.counter("waxalert.check.releases").increment(report.releasesChecked());
    registry.counter("waxalert.check.matches").increment(report.matchedEntries());
    registry.counter("waxalert.check.failed").increment(report.failedEntries());
    registry.counter("waxalert.alerts.new").increment(report.newAlerts());
  }

  /** Records the check of one release (the budget scheduler's unit of work). */
  public void record(ReleaseReport report) {
    registry.counter("waxalert.check.releases").increment();
    registry.counter("waxalert.check.entries").increment(report.states().size());
    long matched = report.states().values().stream().map(CheckState::status)
        .filter(s -> s == EntryStatus.PRICE_MATCHED || s == EntryStatus.UNDERPRICED).count();
    long failed = report.states().values().stream().filter(s -> s.status() == EntryStatus.CHECK_FAILED).count();
    registry.counter("waxalert.check.matches").increment(matched);
    registry.counter("waxalert.check.failed").increment(failed);
    registry.counter("waxalert.alerts.new").increment(report.newAlerts());
  }
}
