package io.waxalert.benchmarks.budget;

import io.waxalert.benchmarks.budget.SimPopulation.Entry;
import io.waxalert.benchmarks.budget.SimPopulation.Kind;
import io.waxalert.benchmarks.budget.SimPopulation.User;
import io.waxalert.core.budget.BudgetPolicy;
import io.waxalert.core.budget.FreshnessEstimate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * The budget scheduler against plain round-robin, on one simulated marketplace over several days
 * (issue 10). Both schedulers see the same market, the same collectors, the same entries added
 * and the same check-all clicks; each drives its own copy of the service's state, tick by tick,
 * with windows of fetches at the budget's rate. Deterministic for a seed; not a unit test.
 *
 * <pre>
 * mvn -B -q package -pl waxalert-benchmarks -am -DskipTests
 * java -cp waxalert-benchmarks/target/benchmarks.jar io.waxalert.benchmarks.budget.BudgetSimulation [seed] [days] [nearMaximum]
 * </pre>
 */
public final class BudgetSimulation {

  private static final long DAY = Duration.ofDays(1).toMillis();

  /** A collector clicking check-all. */
  record Click(long at, User user) {}

  private BudgetSimulation() {}

  public static void main(String[] args) {
    long seed = args.length > 0 ? Long.parseLong(args[0]) : 20261124L;
    int days = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    double nearMaximum = args.length > 2 ? Double.parseDouble(args[2]) : BudgetPolicy.defaults().nearMaximum();
    SimConfig config = SimConfig.defaults(seed, days);
    Random random = new Random(seed);
    SimMarket market = SimMarket.generate(random, config.releases(), config.horizonMillis(),
        config.movesPerDay(), 0.6, 0.25);
    SimPopulation population = SimPopulation.generate(random, market, config.popularity(), config.users(), config.lists(),
        config.addedPerDay(), config.horizonMillis());
    List<Click> clicks = clicks(random, config, population);
    Map<Long, Long> warm = warmStart(random, config, population);
    BudgetPolicy policy = BudgetPolicy.builder().interval(config.interval()).maxStaleness(config.maxStaleness())
        .marketMaxAge(config.marketMaxAge()).nearMaximum(nearMaximum)
        .requestsPerMinute(warm.size() * config.passesPerInterval() / config.interval().toMinutes())
        .build();
    SimEvents events = new SimEvents(market, population, config.horizonMillis() - Duration.ofHours(6).toMillis());

    List<SimOutcome> outcomes = new ArrayList<>();
    List<EstimateCheck> checks = new ArrayList<>();
    PlannerScheduler planner = new PlannerScheduler(policy);
    for (SimScheduler scheduler : List.of(planner, new RoundRobinScheduler())) {
      long started = System.nanoTime();
      SimWorld world = run(scheduler, config, market, population, clicks, warm, policy, checks);
      outcomes.add(new SimOutcome(scheduler, world, events, population));
      System.err.printf("%s: %.1f s%n", scheduler.name(), (System.nanoTime() - started) / 1e9);
    }
    SimReport.print(config, policy, warm.size(), population, events, outcomes, checks);
    System.out.println();
    System.out.println("planner's fetches by reason and who paid: " + planner.fetchesByReason);
  }

  private static SimWorld run(SimScheduler scheduler, SimConfig config, SimMarket market,
      SimPopulation population, List<Click> clicks, Map<Long, Long> warm, BudgetPolicy policy,
      List<EstimateCheck> checks) {
    SimWorld world = new SimWorld(config, market);
    List<Entry> entries = population.entries;
    int nextEntry = 0;
    while (nextEntry < entries.size() && entries.get(nextEntry).createdAt() <= 0) {
      world.add(entries.get(nextEntry++));
    }
    warm.forEach(world::fetchedBefore);
    double perRequest = 60_000.0 / policy.requestsPerMinute();
    long tick = config.tick().toMillis();
    double credit = 0;
    int nextClick = 0;
    List<EstimateCheck> mine = new ArrayList<>();
    for (long now = 0; now < config.horizonMillis(); now += tick) {
      while (nextEntry < entries.size() && entries.get(nextEntry).createdAt() <= now) {
        world.add(entries.get(nextEntry++));
      }
      while (nextClick < clicks.size() && clicks.get(nextClick).at() <= now) {
        world.clickCheckAll(clicks.get(nextClick).user(), clicks.get(nextClick).at());
        nextClick++;
      }
      credit += tick / perRequest;
      int window = (int) credit;
      credit -= window;
      if (scheduler instanceof PlannerScheduler planner && now % DAY == DAY / 2) {
        mine.add(new EstimateCheck(now, planner.estimate(world, now, window), entriesAt(world)));
      }
      List<Long> fetches = scheduler.window(world, now, window);
      for (int k = 0; k < fetches.size(); k++) {
        world.fetch(fetches.get(k), now + Math.round((k + 1) * perRequest));
      }
    }
    mine.forEach(check -> check.compareWith(world));
    checks.addAll(mine);
    return world;
  }

  private static Map<UUID, Long> entriesAt(SimWorld world) {
    Map<UUID, Long> releaseOf = new HashMap<>();
    world.wants.forEach((releaseId, list) -> list.forEach(e -> releaseOf.put(e.id(), releaseId)));
    return releaseOf;
  }

  /**
   * Medium and light users click check-all once a day, light ones once more on the hammer day; the
   * heavy user every few minutes from 08:00 to 20:00 of the hammer day.
   */
  private static List<Click> clicks(Random random, SimConfig config, SimPopulation population) {
    List<Click> clicks = new ArrayList<>();
    for (User user : population.users) {
      if (user.kind() == Kind.HEAVY) {
        for (long t = config.hammerStart(); t < config.hammerEnd(); t += config.hammerEvery().toMillis()) {
          clicks.add(new Click(t, user));
        }
        continue;
      }
      for (int day = 0; day < config.days(); day++) {
        clicks.add(new Click(day * DAY + (long) (random.nextDouble() * DAY), user));
      }
      if (user.kind() == Kind.LIGHT) {
        long span = config.hammerEnd() - config.hammerStart();
        clicks.add(new Click(config.hammerStart() + (long) (random.nextDouble() * span), user));
      }
    }
    clicks.sort(Comparator.comparingLong(Click::at));
    return clicks;
  }

  /** Releases wanted at the start were fetched within the last pass, as if a service had been running. */
  private static Map<Long, Long> warmStart(Random random, SimConfig config, SimPopulation population) {
    long pass = (long) (config.interval().toMillis() / config.passesPerInterval());
    Map<Long, Long> warm = new HashMap<>();
    for (Entry entry : population.entries) {
      if (entry.createdAt() <= 0) {
        warm.computeIfAbsent(entry.releaseId(), r -> -(long) (random.nextDouble() * pass));
      }
    }
    return warm;
  }

  /** The freshness estimate at one moment, against when the planner really fetched each entry. */
  static final class EstimateCheck {
    final long at;
    final FreshnessEstimate estimate;
    final Map<UUID, Long> releaseOf;
    final Stats error = new Stats();

    EstimateCheck(long at, FreshnessEstimate estimate, Map<UUID, Long> releaseOf) {
      this.at = at;
      this.estimate = estimate;
      this.releaseOf = releaseOf;
    }

    void compareWith(SimWorld world) {
      releaseOf.forEach((entryId, releaseId) -> {
        long actual = SimEvents.firstFetch(world.fetchLog.get(releaseId), at + 1, Long.MAX_VALUE);
        long estimated = Duration.between(PlannerScheduler.EPOCH, estimate.nextCheck().get(entryId)).toMillis();
        if (actual >= 0) {
          error.addMillis(Math.abs(estimated - actual));
        }
      });
    }
  }
}
