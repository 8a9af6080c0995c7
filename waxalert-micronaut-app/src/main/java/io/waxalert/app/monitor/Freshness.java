package io.waxalert.app.monitor;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.annotation.Nullable;
import io.waxalert.app.settings.MonitorProperties;
import io.waxalert.core.budget.FreshnessEstimate;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How fresh the checks really are, as the budget planner last estimated it: each entry's
 * {@code next_check_at}, the wanted-list page's "checked about every …", and on {@code /prometheus}
 * {@code waxalert_budget_pass_seconds} (one pass over all active releases at the current budget),
 * {@code waxalert_budget_effective_interval_seconds}, {@code waxalert_budget_overdue_entries} and
 * {@code waxalert_budget_active_releases}. A pass longer than {@code interval} is logged as a warning
 * when it starts being so, and again every hour while it lasts. Empty while the background pass is
 * off or has not estimated yet. Thread-safe.
 */
@Context
public class Freshness {

  static final Duration REFRESH = Duration.ofMinutes(1);
  private static final Duration WARN_AGAIN = Duration.ofHours(1);
  private static final Logger LOG = LoggerFactory.getLogger(Freshness.class);

  private final MonitorProperties monitor;
  private final Clock clock;
  private volatile FreshnessEstimate latest;
  private Instant warnedAt;
  private boolean computing;
  private final ExecutorService estimator = Executors.newSingleThreadExecutor(r -> {
    Thread thread = new Thread(r, "freshness-estimate");
    thread.setDaemon(true);
    return thread;
  });

  Freshness(MeterRegistry registry, MonitorProperties monitor, Clock clock) {
    this.monitor = monitor;
    this.clock = clock;
    Gauge.builder("waxalert.budget.pass.seconds", this, f -> f.seconds(FreshnessEstimate::passTime))
        .description("time one pass over all active releases takes at the current budget").register(registry);
    Gauge.builder("waxalert.budget.effective.interval.seconds", this,
            f -> f.seconds(FreshnessEstimate::effectiveInterval))
        .description("how often entries are really checked at the current load").register(registry);
    Gauge.builder("waxalert.budget.overdue.entries", this,
            f -> f.latest == null ? 0 : f.latest.overdueEntries())
        .description("active entries not checked for longer than the interval").register(registry);
    Gauge.builder("waxalert.budget.active.releases", this,
            f -> f.latest == null ? 0 : f.latest.activeReleases())
        .description("releases some active entry watches").register(registry);
  }

  /** The latest estimate, when there is one. */
  public Optional<FreshnessEstimate> current() {
    return Optional.ofNullable(latest);
  }

  /**
   * The entry's estimated next check; empty when the pass is off. An entry the last estimate does not
   * know (added or resumed since), or one it expected by now and not checked since, is due at the
   * next tick: the planner takes never-checked and stale entries first. One checked since the
   * estimate was made (it is refreshed at most every {@link #REFRESH}) is next due about one
   * effective interval after that check, never at the estimate's time, which has passed.
   *
   * @param entryId the entry
   * @param lastChecked when the entry was last checked; null if never
   * @return when it is checked next; empty when the background pass is off
   */
  public Optional<Instant> nextCheckOf(UUID entryId, @Nullable Instant lastChecked) {
    if (!monitor.enabled()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    FreshnessEstimate estimate = latest;
    Optional<Instant> estimated = estimate == null ? Optional.empty() : estimate.nextCheckOf(entryId);
    if (estimated.isPresent() && !estimated.get().isBefore(now)) {
      return estimated;
    }
    Instant next = now.plus(monitor.tick());
    if (estimate != null && lastChecked != null && lastChecked.isAfter(estimate.at())) {
      Instant afterCheck = lastChecked.plus(estimate.effectiveInterval());
      next = afterCheck.isAfter(next) ? afterCheck : next;
    }
    return Optional.of(next);
  }

  /**
   * Replaces the estimate with {@code compute}'s when it is older than {@link #REFRESH} at {@code now},
   * on a thread of its own: the estimate runs the planner forward (up to {@code 6 × max-staleness /
   * interval} plans), which must not hold up the pass.
   */
  public synchronized void refreshIfOld(Supplier<FreshnessEstimate> compute, Instant now) {
    if (computing || latest != null && latest.at().plus(REFRESH).isAfter(now)) {
      return;
    }
    computing = true;
    CompletableFuture.supplyAsync(compute, estimator).whenComplete((estimate, failure) -> {
      synchronized (this) {
        computing = false;
      }
      if (estimate != null) {
        update(estimate);
      } else {
        LOG.warn("the freshness estimate failed: {}", failure.toString());
      }
    });
  }

  @PreDestroy
  void stop() {
    estimator.shutdownNow();
  }

  /** Takes a new estimate, warning when a pass takes longer than {@code interval}. */
  public synchronized void update(FreshnessEstimate estimate) {
    latest = estimate;
    if (!estimate.passLongerThan(monitor.interval()) || monitor.interval().isZero()) {
      warnedAt = null;
      return;
    }
    if (warnedAt == null || !warnedAt.plus(WARN_AGAIN).isAfter(estimate.at())) {
      warnedAt = estimate.at();
      LOG.warn("one pass over the {} active releases takes {} at the current Discogs budget, longer than"
          + " waxalert.monitor.interval={}: entries are checked about every {}; {} entries are overdue",
          estimate.activeReleases(), estimate.passTime(), monitor.interval(), estimate.effectiveInterval(),
          estimate.overdueEntries());
    }
  }

  private double seconds(java.util.function.Function<FreshnessEstimate, Duration> what) {
    FreshnessEstimate estimate = latest;
    return estimate == null ? 0 : what.apply(estimate).toMillis() / 1000.0;
  }
}
