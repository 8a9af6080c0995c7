package io.waxalert.benchmarks.budget;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * The collectors and their entries: one heavy user, several medium ones, many light ones, each
 * wanting releases drawn by popularity (so lists overlap), with maxima a collector would set (below
 * the usual price), entries added before the run and during it. Fixed by the seed.
 */
final class SimPopulation {

  enum Kind { HEAVY, MEDIUM, LIGHT }

  record User(String id, Kind kind) {}

  /** One wanted entry. */
  record Entry(int index, UUID id, User user, long releaseId, double maxEur, long createdAt) {}

  private static final long DAY = 86_400_000L;

  final List<User> users = new ArrayList<>();
  final List<Entry> entries = new ArrayList<>();
  private final double[] cumulative;
  private final Random random;
  private final SimMarket market;

  private SimPopulation(Random random, SimMarket market, double skew) {
    this.random = random;
    this.market = market;
    cumulative = new double[market.releases() + 1];
    for (int r = 1; r <= market.releases(); r++) {
      cumulative[r] = cumulative[r - 1] + 1 / Math.pow(r + 20, skew); // a few releases are popular
    }
  }

  /**
   * {@code lists[k]} entries for each user of kind k ({@code counts[k]} of them); during the run each
   * adds {@code addedPerDay[k]} entries a day.
   */
  static SimPopulation generate(Random random, SimMarket market, double skew, int[] counts, int[] lists,
      double[] addedPerDay, long horizonMillis) {
    SimPopulation population = new SimPopulation(random, market, skew);
    for (Kind kind : Kind.values()) {
      for (int i = 0; i < counts[kind.ordinal()]; i++) {
        population.users.add(new User(kind.name().toLowerCase() + "-" + (i + 1), kind));
      }
    }
    for (User user : population.users) {
      Set<Long> wanted = new HashSet<>();
      for (int i = 0; i < lists[user.kind().ordinal()]; i++) {
        population.add(user, wanted, -(1 + random.nextInt(300)) * DAY);
      }
      double perDay = addedPerDay[user.kind().ordinal()];
      long t = 0;
      while (true) {
        t += (long) (-Math.log(1 - random.nextDouble()) * DAY / perDay);
        if (t >= horizonMillis) {
          break;
        }
        population.add(user, wanted, t);
      }
    }
    population.entries.sort(Comparator.comparingLong(Entry::createdAt).thenComparingInt(Entry::index));
    return population;
  }

  private void add(User user, Set<Long> wanted, long createdAt) {
    long releaseId;
    do {
      releaseId = drawRelease();
    } while (!wanted.add(releaseId));
    double max = Math.max(1, Math.round(market.level(releaseId) * (0.5 + 0.45 * random.nextDouble())));
    entries.add(new Entry(entries.size(), new UUID(user.hashCode(), entries.size()), user, releaseId, max, createdAt));
  }

  private long drawRelease() {
    double x = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = java.util.Arrays.binarySearch(cumulative, x);
    return Math.max(1, at >= 0 ? at : -at - 1);
  }
}
