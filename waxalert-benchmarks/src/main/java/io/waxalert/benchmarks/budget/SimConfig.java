package io.waxalert.benchmarks.budget;

import java.time.Duration;

/**
 * The simulation's parameters; {@link #defaults(long, int)} is the documented run.
 *
 * @param seed fixes the market, the collectors and their clicks
 * @param days simulated days
 * @param releases releases in the market (ids 1..n)
 * @param popularity how skewed the collectors' choice of releases is: release r is drawn with
 *     weight {@code 1 / (r + 20)^popularity}, so lists overlap on the popular ones
 * @param users per kind (heavy, medium, light): how many collectors
 * @param lists per kind: entries each has at the start
 * @param addedPerDay per kind: entries each adds a day
 * @param interval {@code monitor.interval}
 * @param maxStaleness {@code monitor.max-staleness}
 * @param marketMaxAge {@code monitor.market-max-age}
 * @param tick how often the planner task runs
 * @param passesPerInterval the budget covers this share of the active releases per interval
 * @param movesPerDay how often a release's lowest price moves
 * @param hammerDay the day the heavy user clicks check-all every {@code hammerEvery}, 08:00–20:00
 * @param hammerEvery time between the heavy user's clicks that day
 */
record SimConfig(
    long seed, int days, int releases, double popularity, int[] users, int[] lists, double[] addedPerDay,
    Duration interval, Duration maxStaleness, Duration marketMaxAge, Duration tick,
    double passesPerInterval, double movesPerDay, int hammerDay, Duration hammerEvery) {

  static SimConfig defaults(long seed, int days) {
    return new SimConfig(seed, days, 30_000, 0.5, new int[] {1, 6, 30}, new int[] {1_500, 250, 10},
        new double[] {20, 3, 1}, Duration.ofHours(1), Duration.ofHours(24), Duration.ofMinutes(5),
        Duration.ofSeconds(30), 1 / 3.0, 3, Math.min(2, days - 1), Duration.ofMinutes(5));
  }

  long horizonMillis() {
    return Duration.ofDays(days).toMillis();
  }

  long hammerStart() {
    return Duration.ofDays(hammerDay).plusHours(8).toMillis();
  }

  long hammerEnd() {
    return Duration.ofDays(hammerDay).plusHours(20).toMillis();
  }
}
