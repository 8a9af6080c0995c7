package io.waxalert.app.monitor;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.monitor.MonitoringEngine;
import jakarta.inject.Singleton;

/**
 * The scheduled check ({@code waxalert.monitor.enabled}, every minute): the engine takes the active
 * entries not checked within {@code waxalert.monitor.interval}. Alerts go to the logging notifier
 * until mail delivery exists.
 */
@Singleton
@Requires(property = "waxalert.monitor.enabled", value = "true", defaultValue = "true")
class MonitorJob {

  private final MonitoringEngine engine;
  private final CheckMetrics metrics;

  MonitorJob(MonitoringEngine engine, CheckMetrics metrics) {
    this.engine = engine;
    this.metrics = metrics;
  }

  @Scheduled(fixedDelay = "1m", initialDelay = "30s")
  void run() {
    CycleReport report = engine.runDue();
    metrics.record(report);
  }
}
