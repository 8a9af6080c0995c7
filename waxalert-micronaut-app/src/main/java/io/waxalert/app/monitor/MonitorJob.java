package io.waxalert.app.monitor;

import com.github.kagkarlsson.scheduler.ScheduledExecutionsFilter;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.jdbc.AutodetectJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.DefaultJdbcCustomization;
import com.github.kagkarlsson.scheduler.jdbc.JdbcCustomization;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.micronaut.context.annotation.Requires;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.runtime.server.event.ServerStartupEvent;
import io.micronaut.scheduling.annotation.Scheduled;
import io.waxalert.app.sellers.SellerChecks;
import io.waxalert.app.settings.DiscogsProperties;
import io.waxalert.app.settings.MonitorProperties;
import io.waxalert.core.budget.FetchPlan;
import io.waxalert.core.budget.PlannedFetch;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * The background pass on db-scheduler ({@code waxalert.monitor.enabled}), on the app's database, so
 * several instances on one PostgreSQL share it (H2, one instance, runs the same code):
 *
 * <ul>
 *   <li>{@value #PLAN}, a recurring task every {@code waxalert.monitor.tick}, run by one instance at
 *       a time: the {@link BudgetPass} plans the tick's release fetches and queues each as a
 *       {@value #FETCH} execution named by its release id, so a release is queued or being fetched at
 *       most once in the cluster;
 *   <li>{@value #FETCH}: each execution is claimed by one instance (the first to pick it) and checks
 *       that release for every entry watching it, on the share of the collector it was planned for,
 *       through this instance's Discogs budget. So every instance spends its budget, and two
 *       instances fetch about twice as many releases as one;
 *   <li>a stopped instance's claimed fetches are taken over by the others once its heartbeats
 *       (every quarter of {@code waxalert.monitor.lease}) have been missing for the lease; its queued
 *       ones are picked by the others at once.
 * </ul>
 */
@Singleton
@Requires(property = "waxalert.monitor.enabled", value = "true", defaultValue = "true")
public class MonitorJob {

  static final String PLAN = "budget-plan";
  static final String FETCH = "release-fetch";
  static final String SELLERS = "seller-checks";
  private static final int FETCH_THREADS = 4;

  private final BudgetPass pass;
  private final MonitorProperties monitor;
  private final Clock clock;
  private final OneTimeTask<String> fetchTask;
  private final RecurringTask<Void> planTask;
  private final RecurringTask<Void> sellerTask;
  private final Scheduler scheduler;
  private final AtomicBoolean started = new AtomicBoolean();

  MonitorJob(BudgetPass pass, DataSource dataSource, MonitorProperties monitor, Clock clock, SellerChecks sellers,
      DiscogsProperties discogs, CheckMetrics metrics) {
    this.pass = pass;
    this.monitor = monitor;
    this.clock = clock;
    this.fetchTask = Tasks.oneTime(FETCH, String.class)
        .execute((instance, context) -> metrics.timeScheduledFetch(
            () -> pass.fetch(Long.parseLong(instance.getId()), instance.getData())));
    this.planTask = Tasks.recurring(PLAN, FixedDelay.of(monitor.tick())).doNotScheduleOnStartup()
        .execute((instance, context) -> planAndQueue());
    // followed sellers (issue 14): one instance at a time, at most a quarter of a tick's requests
    this.sellerTask = Tasks.recurring(SELLERS, FixedDelay.of(monitor.tick())).doNotScheduleOnStartup()
        .execute((instance, context) -> BudgetOwner.run(BudgetOwner.SERVICE, () -> sellers.runDue(clock.instant(),
            SellerChecks.requestsPerTick(discogs.effectiveRequestsPerMinute(), monitor.tick()))));
    Duration heartbeat = monitor.lease().dividedBy(4);
    DataSource database = DelegatingDataSource.unwrapDataSource(dataSource);
    this.scheduler = Scheduler.create(database, fetchTask, planTask, sellerTask)
        .jdbcCustomization(jdbcCustomization(database))
        .threads(FETCH_THREADS)
        .pollingInterval(min(monitor.tick(), Duration.ofSeconds(2)))
        .heartbeatInterval(heartbeat.isZero() ? Duration.ofMillis(250) : heartbeat)
        .missedHeartbeatsLimit(4)
        .schedulerName(new SchedulerName.Fixed(pass.instanceId()))
        .shutdownMaxWait(Duration.ofSeconds(10))
        .build();
  }

  /**
   * Built and started once the server listens: the pass (its Discogs client, TLS trust, scheduler)
   * is not on the path to the service's first answer, which it delayed by half a second (issue 15).
   * A failure here still stops the start.
   */
  @EventListener
  void onServerStarted(ServerStartupEvent event) {
    start();
  }

  private void start() {
    if (started.compareAndSet(false, true)) {
      scheduler.start();
      Instant first = clock.instant().plus(monitor.initialDelay());
      scheduler.scheduleIfNotExists(planTask.instance(RecurringTask.INSTANCE), first);
      scheduler.scheduleIfNotExists(sellerTask.instance(RecurringTask.INSTANCE), first);
    }
  }

  @PreDestroy
  void stop() {
    scheduler.stop();
    pass.leave();
  }

  /** Every instance says it is alive each tick, so the planner counts its budget. */
  @Scheduled(fixedDelay = "${waxalert.monitor.tick:10s}")
  void heartbeat() {
    pass.heartbeat();
  }

  /**
   * One tick now, waiting until its fetches are done (whichever instance made them): tests and
   * benchmarks drive the pass with it.
   */
  public void run() {
    start(); // a context without a server (the benchmarks) starts the pass here
    List<Long> queued = planAndQueue();
    scheduler.triggerCheckForDueExecutions();
    Instant giveUp = Instant.now().plus(monitor.lease().plus(Duration.ofMinutes(1)));
    while (!queued.isEmpty() && Instant.now().isBefore(giveUp)) {
      Set<Long> left = queuedReleases();
      queued = queued.stream().filter(left::contains).toList();
      if (!queued.isEmpty()) {
        sleep(queued.size());
      }
    }
  }

  /** Plans the tick and queues its fetches; the releases queued. */
  private List<Long> planAndQueue() {
    FetchPlan plan = pass.plan(queuedReleases());
    Instant now = clock.instant();
    for (PlannedFetch fetch : plan.fetches()) {
      scheduler.scheduleIfNotExists(fetchTask.instance(String.valueOf(fetch.releaseId()), fetch.chargedTo()), now);
    }
    if (!plan.fetches().isEmpty()) {
      scheduler.triggerCheckForDueExecutions();
    }
    return plan.fetches().stream().map(PlannedFetch::releaseId).toList();
  }

  /** Releases queued or being fetched in the cluster. */
  private Set<Long> queuedReleases() {
    Set<Long> queued = new HashSet<>();
    // all(): picked (being fetched) ones too; the plain overload lists unpicked ones only
    scheduler.fetchScheduledExecutionsForTask(FETCH, String.class, ScheduledExecutionsFilter.all(),
        execution -> queued.add(Long.parseLong(execution.getTaskInstance().getId())));
    return queued;
  }

  /**
   * db-scheduler's SQL for the database: H2, the embedded default, is none it recognises, so it would
   * warn at every start that it assumes time-zoned columns; ours are (V10), so say so.
   */
  private static JdbcCustomization jdbcCustomization(DataSource database) {
    try (Connection c = database.getConnection()) {
      if ("H2".equals(c.getMetaData().getDatabaseProductName())) {
        return new DefaultJdbcCustomization(false);
      }
    } catch (SQLException e) {
      // the detection below meets the same problem and reports it
    }
    return new AutodetectJdbcCustomization(database);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) < 0 ? a : b;
  }

  /** Waits before the next look: each lists the cluster's queued fetches, so the longer, the more are left (issue 15). */
  private static void sleep(int left) {
    try {
      Thread.sleep(Math.min(2_000, Math.max(200, left / 10)));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the pass", e);
    }
  }
}
