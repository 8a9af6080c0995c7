package io.waxalert.examples;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemorySellerInventoryStore;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.sellers.Bundle;
import io.waxalert.core.sellers.Bundles;
import io.waxalert.core.sellers.SellerCheckReport;
import io.waxalert.core.sellers.SellerWatch;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsNotFoundException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Following a seller with the library (issue 14), offline: the Discogs client reads the shop's
 * inventory newest first from recorded pages, a {@link SellerWatch} alerts each listing that fits
 * one of the collector's wanted entries once, and {@link Bundles} shows the seller offering two of
 * them. Three checks an hour apart: the first reads the whole shop, the second finds one new
 * listing on top (a second want, so a bundle appears) and one sold, the third costs one request.
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am test-compile exec:java
 * -Dexec.mainClass=io.waxalert.examples.FollowSellerExample} from the repository root.
 */
public final class FollowSellerExample {

  /** What the run printed and found, for its test. */
  record Result(String transcript, List<SellerCheckReport> checks, List<Alert> alerts, List<Bundle> bundles,
      String unknownSeller) {}

  private final StringWriter transcript = new StringWriter();
  private final PrintWriter out = new PrintWriter(transcript, true);
  private final ExchangeRates rates = FixedExchangeRates.approximate();

  private FollowSellerExample() {}

  public static void main(String[] args) {
    java.util.logging.Logger.getLogger("io.waxalert.core").setLevel(java.util.logging.Level.WARNING);
    System.out.print(run().transcript());
  }

  static Result run() {
    return new FollowSellerExample().follow();
  }

  private Result follow() {
    List<WantedEntry> wants = List.of(
        want(1001, "Example Band – Night Shift", "25.00", MediaCondition.VERY_GOOD_PLUS),
        want(1005, "Example Band – Day Shift", "15.00", null),
        want(1009, "Other Band – Late Show", "20.00", null));
    InMemorySellerInventoryStore inventories = new InMemorySellerInventoryStore();
    InMemoryNotificationLog alerts = new InMemoryNotificationLog();
    List<SellerCheckReport> checks = new ArrayList<>();
    String unknown;
    try (RecordedInventories discogs = new RecordedInventories()) {
      DiscogsClient client = DiscogsClient.create(DiscogsClientConfig.builder()
          .apiBaseUrl(discogs.url())
          .userAgent("WaxAlertExamples/1.0 +https://github.com/waxalert")
          .perPage(3) // the recorded pages hold 3 listings; Discogs' own default here is 100
          .build());
      Instant start = Instant.parse("2026-11-24T09:00:00Z");
      for (int round = 1; round <= 3; round++) {
        discogs.round(Math.min(round, 2));
        // an hour later each round; a program that runs for real builds one watch on the system clock
        Clock at = Clock.fixed(start.plus(Duration.ofHours(round - 1L)), ZoneOffset.UTC);
        SellerWatch watch = SellerWatch.builder()
            .pages(client::inventoryPage)
            .store(inventories)
            .notificationLog(alerts)
            .exchangeRates(rates)
            .clock(at)
            .build();
        SellerCheckReport report = watch.check(RecordedInventories.SELLER, wants);
        checks.add(report);
        out.println("check " + round + " at " + at.instant() + ": " + report.summary());
        alerts.findByOwner("you").stream().filter(alert -> alert.createdAt().equals(at.instant()))
            .forEach(this::printAlert);
      }
      try {
        client.inventoryPage("no_such_seller_here", 1);
        unknown = "found";
      } catch (DiscogsNotFoundException e) {
        unknown = e.getMessage();
      }
      out.println("following no_such_seller_here: " + unknown);
      out.println(discogs.requests() + " requests to Discogs in all");
    }
    List<Bundle> bundles = Bundles.of(inventories.listings(RecordedInventories.SELLER,
        wants.stream().flatMap(w -> w.releaseIds().stream()).toList()), wants, rates, Currency.EUR);
    bundles.forEach(this::printBundle);
    out.println("Data provided by Discogs. WaxAlert is not affiliated with, sponsored or endorsed by Discogs.");
    return new Result(transcript.toString(), checks, alerts.findByOwner("you"), bundles, unknown);
  }

  private static WantedEntry want(long release, String title, String max, MediaCondition minimum) {
    return WantedEntry.forRelease("you", release, title, Currency.EUR,
        AlertCriteria.builder().maxPrice(Money.of(max, "EUR")).minMediaCondition(minimum).build());
  }

  private void printAlert(Alert alert) {
    out.println("  ALERT " + alert.title() + ": " + alert.price() + " + " + alert.shipping() + " shipping, "
        + alert.mediaCondition().abbreviation() + "/" + alert.sleeveCondition().abbreviation() + ", "
        + alert.sellerName() + " in " + alert.shipsFrom() + " — " + alert.url());
    out.println("    " + alert.explain().replace("\n", "\n    "));
  }

  private void printBundle(Bundle bundle) {
    out.println("BUNDLE " + bundle.seller() + " (ships from " + bundle.shipsFrom() + "): " + bundle.items().size()
        + " of your wants for " + bundle.total() + " before shipping");
    bundle.items().forEach(item -> out.println("  - " + item.title() + ": " + item.price() + " — "
        + item.listing().url()));
  }
}
