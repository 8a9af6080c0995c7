package io.waxalert.benchmarks.budget;

import java.util.Arrays;
import java.util.Random;

/**
 * The simulated marketplace: per release a usual price level and the lowest price over time, as
 * a step function. The lowest price moves at random moments (a listing appears, sells, is undercut)
 * a few times a day, and wanders around the level with memory: log(price / level) follows an AR(1)
 * walk, so a release cheap now tends to stay cheap for a while. Fixed by the seed, and the same for
 * every scheduler: the market does not depend on who looks at it.
 */
final class SimMarket {

  private static final long DAY = 86_400_000L;

  private final double[] level;
  private final long[][] moveAt;
  private final double[][] price;

  private SimMarket(double[] level, long[][] moveAt, double[][] price) {
    this.level = level;
    this.moveAt = moveAt;
    this.price = price;
  }

  /**
   * Releases 1..{@code releases} over {@code horizonMillis}; state 0 of each began a day before the
   * start.
   */
  static SimMarket generate(Random random, int releases, long horizonMillis, double movesPerDay,
      double persistence, double spread) {
    double[] level = new double[releases + 1];
    long[][] moveAt = new long[releases + 1][];
    double[][] price = new double[releases + 1][];
    double innovation = spread * Math.sqrt(1 - persistence * persistence);
    for (int r = 1; r <= releases; r++) {
      level[r] = Math.max(3, 20 * Math.exp(0.6 * random.nextGaussian()));
      long[] times = new long[16];
      double[] prices = new double[16];
      int n = 0;
      long t = -DAY;
      double deviation = spread * random.nextGaussian();
      while (t < horizonMillis) {
        if (n == times.length) {
          times = Arrays.copyOf(times, n * 2);
          prices = Arrays.copyOf(prices, n * 2);
        }
        times[n] = t;
        prices[n] = Math.round(level[r] * Math.exp(deviation) * 100) / 100.0;
        n++;
        t += Math.max(1000, (long) (-Math.log(1 - random.nextDouble()) * DAY / movesPerDay));
        deviation = persistence * deviation + innovation * random.nextGaussian();
      }
      moveAt[r] = Arrays.copyOf(times, n);
      price[r] = Arrays.copyOf(prices, n);
    }
    return new SimMarket(level, moveAt, price);
  }

  int releases() {
    return level.length - 1;
  }

  double level(long releaseId) {
    return level[(int) releaseId];
  }

  int states(long releaseId) {
    return moveAt[(int) releaseId].length;
  }

  /** The state in force at {@code t}. */
  int stateAt(long releaseId, long t) {
    long[] times = moveAt[(int) releaseId];
    int at = Arrays.binarySearch(times, t);
    return at >= 0 ? at : -at - 2;
  }

  long stateStart(long releaseId, int state) {
    return moveAt[(int) releaseId][state];
  }

  /** When the state ends: the next move, or never. */
  long stateEnd(long releaseId, int state) {
    long[] times = moveAt[(int) releaseId];
    return state + 1 < times.length ? times[state + 1] : Long.MAX_VALUE;
  }

  double statePrice(long releaseId, int state) {
    return price[(int) releaseId][state];
  }

  double priceAt(long releaseId, long t) {
    return statePrice(releaseId, stateAt(releaseId, t));
  }
}
