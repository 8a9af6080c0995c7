package io.waxalert.app.monitor;

import io.micronaut.context.annotation.Requires;
import io.waxalert.app.alerts.RelayJob;
import io.waxalert.app.settings.DiscogsProperties;
import io.waxalert.app.settings.MonitorProperties;
import io.waxalert.core.budget.BudgetPolicy;
import io.waxalert.core.budget.Demand;
import io.waxalert.core.budget.FairShareLedger;
import io.waxalert.core.budget.FetchPlan;
import io.waxalert.core.budget.FetchPlanner;
import io.waxalert.core.budget.FreshnessEstimate;
import io.waxalert.core.budget.ReleaseDemand;
import io.waxalert.core.budget.Want;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.persistence.JdbcBudgetState;
import io.waxalert.persistence.JdbcReleaseMarkets;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.ReleaseMarket;
import io.waxalert.persistence.StoredEntry;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The background pass, one tick at a time: the core's {@link FetchPlanner} decides which releases
 * the next tick's requests fetch (the {@code max-staleness} guarantee first, then fair shares per
 * collector: never checked, then nearest a maximum, then stalest), and {@link #fetch} checks one
 * of them for every entry watching it. Where the fetches run is the {@code MonitorJob}'s business
 * (db-scheduler, on whichever instance claims them).
 *
 * <p>The budget one tick affords: this instance's {@code requests-per-minute}, times the live
 * instances with {@code budget-scope=instance} (each spends its own), once with {@code cluster}
 * (they share it); the fetches still queued count against it. The fair-share ledger lives in the
 * database, so whichever instance plans next carries it on.
 */
@Singleton
@Requires(property = "waxalert.monitor.enabled", value = "true", defaultValue = "true")
public class BudgetPass {

  private final JdbcWantedEntryStore entries;
  private final JdbcReleaseMarkets markets;
  private final JdbcBudgetState state;
  private final ReleaseChecks checks;
  private final ExchangeRates rates;
  private final MonitorProperties monitor;
  private final DiscogsProperties discogs;
  private final Freshness freshness;
  private final Clock clock;
  private final Runnable relay;
  private final String instanceId = UUID.randomUUID().toString();

  BudgetPass(JdbcWantedEntryStore entries, JdbcReleaseMarkets markets, JdbcBudgetState state, ReleaseChecks checks,
      ExchangeRates rates, MonitorProperties monitor, DiscogsProperties discogs, Freshness freshness, Clock clock,
      Optional<RelayJob> relay) {
    // the alerts a fetch records go out at once, on the relay's thread (issue 15)
    this.relay = relay.<Runnable>map(job -> job::wake).orElse(() -> { });
    this.entries = entries;
    this.markets = markets;
    this.state = state;
    this.checks = checks;
    this.rates = rates;
    this.monitor = monitor;
    this.discogs = discogs;
    this.freshness = freshness;
    this.clock = clock;
  }

  /** This instance's name among the live ones. */
  public String instanceId() {
    return instanceId;
  }

  /** Says this instance is alive and spends its budget; called every tick by every instance. */
  public void heartbeat() {
    state.heartbeat(instanceId, discogs.effectiveRequestsPerMinute(), clock.instant());
  }

  /** This instance stops spending. */
  public void leave() {
    state.leave(instanceId);
  }

  /** The next tick's fetches, given the releases still queued or being fetched. */
  public FetchPlan plan(Set<Long> queued) {
    Instant now = clock.instant();
    heartbeat();
    double perMinute = clusterRate(now);
    FetchPlanner planner = new FetchPlanner(policy(perMinute), rates);
    Demand demand = new Demand(now, demand(), List.of(), queued);
    FairShareLedger ledger = new FairShareLedger(state.ledger());
    int perTick = (int) Math.max(1, Math.ceil(perMinute * monitor.tick().toMillis() / 60_000.0));
    FetchPlan plan = planner.plan(demand, ledger, Math.max(0, perTick - queued.size()));
    state.saveLedger(plan.ledger().charges());
    freshness.refreshIfOld(() -> FreshnessEstimate.of(planner, demand, plan.ledger(), perTick), now);
    return plan;
  }

  /** Checks one planned release for every active entry watching it, on {@code chargedTo}'s share. */
  public void fetch(long releaseId, String chargedTo) {
    List<WantedEntry> watching = entries.findActiveWatching(releaseId);
    Currency fallback = watching.isEmpty() ? Currency.EUR : watching.get(0).currency();
    BudgetOwner.run(chargedTo, () -> checks.check(releaseId, watching, fallback, relay));
  }

  /** Every active release with its wants and its last fetch. */
  List<ReleaseDemand> demand() {
    Map<Long, List<Want>> wants = new LinkedHashMap<>();
    for (StoredEntry stored : entries.findActiveStored()) {
      WantedEntry entry = stored.entry();
      Want want = new Want(entry.ownerId(), entry.id(), entry.criteria().maxPrice(), stored.createdAt());
      for (long release : entry.releaseIds()) {
        wants.computeIfAbsent(release, r -> new ArrayList<>()).add(want);
      }
    }
    Map<Long, ReleaseMarket> last = markets.all();
    List<ReleaseDemand> releases = new ArrayList<>(wants.size());
    wants.forEach((release, its) -> {
      ReleaseMarket market = last.get(release);
      releases.add(market == null ? ReleaseDemand.neverFetched(release, its)
          : new ReleaseDemand(release, market.fetchedAt(), market.lowestPrice(), its));
    });
    return releases;
  }

  /** The rate the cluster's planned fetches run at, a minute's worth of requests. */
  double clusterRate(Instant now) {
    if (discogs.clusterBudget()) {
      return discogs.effectiveRequestsPerMinute();
    }
    Duration seen = monitor.lease().compareTo(monitor.tick().multipliedBy(3)) > 0 ? monitor.lease()
        : monitor.tick().multipliedBy(3);
    int sum = state.liveRates(now.minus(seen)).stream().mapToInt(Integer::intValue).sum();
    return Math.max(sum, discogs.effectiveRequestsPerMinute());
  }

  /** The core's policy from the properties ({@code interval 0s}: every release on every tick). */
  BudgetPolicy policy(double perMinute) {
    Duration interval = monitor.interval().isZero() ? Duration.ofMillis(1) : monitor.interval();
    Duration maxStaleness = monitor.maxStaleness().compareTo(interval) < 0 ? interval : monitor.maxStaleness();
    return BudgetPolicy.builder().interval(interval).maxStaleness(maxStaleness).marketMaxAge(monitor.marketMaxAge())
        .requestsPerMinute(perMinute).build();
  }
}
