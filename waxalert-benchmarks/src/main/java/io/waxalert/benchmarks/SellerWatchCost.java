package io.waxalert.benchmarks;

import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemorySellerInventoryStore;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.core.sellers.InventoryPage;
import io.waxalert.core.sellers.InventoryPages;
import io.waxalert.core.sellers.SellerCheckReport;
import io.waxalert.core.sellers.SellerReadState;
import io.waxalert.core.sellers.SellerStatus;
import io.waxalert.core.sellers.SellerWatch;
import io.waxalert.core.sellers.SellerWatchPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What following one seller costs in Discogs requests (issue 14): shops of several sizes, checked
 * hourly for a week while 0.2 % of their listings (or none) are sold and as many listed each
 * hour, at 10 pages per check and a 24-hour max-staleness. Prints the requests of the first complete read, the
 * requests per day after it, what reading every readable page each check would cost, and the
 * longest time between two complete reads.
 *
 * <pre>java -cp waxalert-benchmarks/target/benchmarks.jar io.waxalert.benchmarks.SellerWatchCost</pre>
 */
public final class SellerWatchCost {

  private static final Instant START = Instant.parse("2026-11-24T00:00:00Z");
  private static final int HOURS = 7 * 24;

  private SellerWatchCost() {}

  /** A shop's inventory of listing ids, newest first; one request per page read. */
  private static final class Shop implements InventoryPages {
    final List<Long> ids = new ArrayList<>();
    int requests;

    @Override
    public InventoryPage read(String seller, int page) {
      requests++;
      if (page > 100) {
        throw new IllegalStateException("Discogs serves other sellers' inventories up to page 100");
      }
      int from = Math.min(ids.size(), (page - 1) * 100);
      List<Listing> listings = ids.subList(from, Math.min(ids.size(), from + 100)).stream()
          .map(id -> new Listing(id, 1 + id % 5_000, Money.of("10.00", "EUR"), null, MediaCondition.VERY_GOOD_PLUS,
              SleeveCondition.VERY_GOOD_PLUS, Seller.named(seller), "Germany", null,
              "https://www.discogs.com/sell/item/" + id))
          .toList();
      return new InventoryPage(seller, page, (ids.size() + 99) / 100, ids.size(), 100, listings);
    }
  }

  public static void main(String[] args) {
    System.out.println("| listings | new and sold an hour | first read: requests (checks) | requests/day after | every page each check"
        + " | longest between complete reads | longest a sold listing stayed known |");
    System.out.println("|---|---|---|---|---|---|---|");
    int[][] shops = {{250, 1}, {2_500, 5}, {10_000, 20}, {10_000, 0}, {50_000, 100}};
    for (int[] shop : shops) {
      simulate(shop[0], shop[1], new Random(20261124L + shop[0]));
    }
  }

  private static void simulate(int size, int churn, Random random) {
    Shop shop = new Shop();
    for (long id = size; id >= 1; id--) {
      shop.ids.add(id); // newest (highest id) first
    }
    long nextId = size + 1;
    InMemorySellerInventoryStore store = new InMemorySellerInventoryStore();
    int firstRead = -1;
    int firstReadChecks = 0;
    int requestsAfter = 0;
    int hoursAfter = 0;
    Instant lastAsOf = null;
    Duration longest = Duration.ZERO;
    Map<Long, Instant> sold = new HashMap<>();
    Duration soldLongest = Duration.ZERO;
    int soldSeen = 0;
    for (int hour = 0; hour < HOURS; hour++) {
      Instant now = START.plus(Duration.ofHours(hour));
      SellerCheckReport report = SellerWatch.builder().pages(shop).store(store)
          .notificationLog(new InMemoryNotificationLog()).exchangeRates(FixedExchangeRates.approximate())
          .clock(Clock.fixed(now, ZoneOffset.UTC)).policy(SellerWatchPolicy.defaults()).build()
          .check("shop", List.of());
      if (firstRead < 0) {
        firstReadChecks++;
        if (report.status() != SellerStatus.READING) {
          firstRead = shop.requests;
        }
      } else {
        requestsAfter += report.requests();
        hoursAfter++;
      }
      Instant asOf = store.state("shop").map(SellerReadState::fullReadAsOf).orElse(null);
      if (asOf != null && !asOf.equals(lastAsOf)) {
        if (lastAsOf != null && Duration.between(lastAsOf, asOf).compareTo(longest) > 0) {
          longest = Duration.between(lastAsOf, asOf);
        }
        lastAsOf = asOf;
      }
      for (Iterator<Map.Entry<Long, Instant>> it = sold.entrySet().iterator(); it.hasNext(); ) {
        Map.Entry<Long, Instant> gone = it.next();
        boolean known = store.listings("shop", List.of(1 + gone.getKey() % 5_000)).stream()
            .anyMatch(l -> l.listingId() == gone.getKey());
        if (!known) {
          Duration stayed = Duration.between(gone.getValue(), now);
          soldLongest = stayed.compareTo(soldLongest) > 0 ? stayed : soldLongest;
          soldSeen++;
          it.remove();
        }
      }
      for (int i = 0; i < churn; i++) {
        long id = shop.ids.remove(random.nextInt(shop.ids.size()));
        if (firstRead >= 0 && hour < HOURS - 48) {
          // sold half-way to the next check; only sales with two days left to notice them count
          sold.put(id, now.plus(Duration.ofMinutes(30)));
        }
        shop.ids.add(0, nextId++);
      }
    }
    int readable = Math.min(100, (size + 99) / 100);
    System.out.printf("| %,d | %d | %d (%d) | %.0f | %d | %d h | %s |%n", size, churn, firstRead, firstReadChecks,
        requestsAfter * 24.0 / hoursAfter, readable * 24, longest.toHours(),
        soldSeen == 0 ? "none sold" : String.format("%.1f h", soldLongest.toMinutes() / 60.0));
  }
}
