package io.waxalert.app.monitor;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.waxalert.app.discogs.ClientDiscogsGateway;
import io.waxalert.core.monitor.CycleReport;
import io.waxalert.discogs.DiscogsClient;
import io.micronaut.context.annotation.Context;

/**
 * The service's meters on {@code /prometheus}: check runs and their duration, releases and entries
 * checked, matches, alerts delivered and failed, and the shared Discogs client's requests, 429
 * answers and last remaining budget.
 */
@Context
public class CheckMetrics {

  private final MeterRegistry registry;
  private final Timer runs;

  CheckMetrics(MeterRegistry registry, ClientDiscogsGateway discogs) {
    this.registry = registry;
    this.runs = Timer.builder("waxalert.check.runs").description("monitoring cycles and their duration")
        .register(registry);
    DiscogsClient client = discogs.sharedClient();
    FunctionCounter.builder("waxalert.discogs.requests", client, c -> c.rateLimitStats().requests())
        .description("HTTP requests to Discogs, retries included").register(registry);
    FunctionCounter.builder("waxalert.discogs.rate.limited", client,
            c -> c.rateLimitStats().rateLimitedResponses())
        .description("429 answers from Discogs").register(registry);
    Gauge.builder("waxalert.discogs.ratelimit.remaining", client,
            c -> c.rateLimitStats().lastRemaining().orElse(-1))
        .description("last X-Discogs-Ratelimit-Remaining, -1 before the first").register(registry);
  }

  /** Records one cycle, from the scheduled job or check-all. */
  public void record(CycleReport report) {
    runs.record(report.elapsed());
    registry.counter("waxalert.check.entries").increment(report.entriesChecked());
    registry.counter("waxalert.check.releases").increment(report.releasesChecked());
    registry.counter("waxalert.check.matches").increment(report.matchedEntries());
    registry.counter("waxalert.check.failed").increment(report.failedEntries());
    registry.counter("waxalert.alerts.new").increment(report.newAlerts());
    registry.counter("waxalert.alerts.sent").increment(report.notified());
    registry.counter("waxalert.alerts.failed").increment(report.notifyFailed());
  }
}
