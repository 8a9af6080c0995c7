package io.waxalert.examples;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemoryPriceObservationStore;
import io.waxalert.core.inmemory.InMemoryWantedEntryStore;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.monitor.MonitorPolicy;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsCredentials;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.EcbExchangeRates;
import io.waxalert.discogs.StatsListingSource;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * Checks one release on the real Discogs marketplace: its details, its market, and whether the
 * lowest price fits a maximum — with a personal access token from the environment, never from code.
 *
 * <pre>
 * DISCOGS_TOKEN=… mvn -B -q -pl examples -am test-compile exec:java \
 *     -Dexec.mainClass=io.waxalert.examples.CheckReleaseExample -Dexec.args="249504 25.00 EUR"
 * </pre>
 *
 * <p>Arguments: a release reference (id, {@code [r123]} or URL; default 249504), a maximum price
 * (default 25.00) and its currency (default EUR). {@code DISCOGS_API_URL} and {@code DISCOGS_WEB_URL}
 * point it at another Discogs, such as a local fake.
 */
public final class CheckReleaseExample {

  static final String TOKEN_VARIABLE = "DISCOGS_TOKEN";

  private final StringWriter transcript = new StringWriter();
  private final PrintWriter out = new PrintWriter(transcript, true);

  private CheckReleaseExample() {}

  public static void main(String[] args) {
    System.out.print(run(System.getenv(), args));
  }

  /** Runs the check with these environment variables and arguments; returns what it printed. */
  static String run(Map<String, String> env, String... args) {
    CheckReleaseExample example = new CheckReleaseExample();
    example.check(env, args);
    return example.transcript.toString();
  }

  private void check(Map<String, String> env, String[] args) {
    String token = env.getOrDefault(TOKEN_VARIABLE, "").trim();
    if (token.isEmpty()) {
      out.println("Set " + TOKEN_VARIABLE + " to a Discogs personal access token to run this example.");
      out.println("Create one at https://www.discogs.com/settings/developers (\"Generate new token\"), then:");
      out.println("  " + TOKEN_VARIABLE + "=<token> mvn -B -q -pl examples -am test-compile exec:java"
          + " -Dexec.mainClass=" + CheckReleaseExample.class.getName() + " -Dexec.args=\"249504 25.00 EUR\"");
      return;
    }
    ReleaseRef ref = ReleaseRef.parse(args.length > 0 ? args[0] : "249504");
    Currency currency = Currency.parse(args.length > 2 ? args[2] : "EUR");
    Money maxPrice = new Money(new BigDecimal(args.length > 1 ? args[1] : "25.00"), currency);

    DiscogsClientConfig.Builder config = DiscogsClientConfig.builder()
        .credentials(DiscogsCredentials.personalToken(token));
    if (env.containsKey("DISCOGS_API_URL")) {
      config.apiBaseUrl(env.get("DISCOGS_API_URL"));
    }
    if (env.containsKey("DISCOGS_WEB_URL")) {
      config.webBaseUrl(env.get("DISCOGS_WEB_URL"));
    }
    DiscogsClient client = DiscogsClient.create(config.build());
    try {
      checkWith(client, env, ref, maxPrice);
    } catch (DiscogsException e) {
      out.println("Discogs answered " + e.status() + ": " + e.getMessage());
    }
    out.println("Data provided by Discogs. WaxAlert is not affiliated with, sponsored or endorsed by Discogs.");
  }

  private void checkWith(DiscogsClient client, Map<String, String> env, ReleaseRef ref, Money maxPrice) {
    List<Long> releaseIds = ref.isMaster() ? client.releaseIdsOfMaster(ref.id(), "Vinyl") : List.of(ref.id());
    ReleaseInfo release = client.release(releaseIds.get(0));
    out.println(release.artistLine() + " – " + release.title()
        + (release.year() == null ? "" : " (" + release.year() + ")") + ", " + String.join(", ", release.formats()));
    if (ref.isMaster()) {
      out.println("master " + ref.id() + ": watching " + releaseIds.size() + " vinyl pressings");
    }

    InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
    WantedEntry entry = new WantedEntry(java.util.UUID.randomUUID(), "you", ref, releaseIds,
        release.artistLine() + " – " + release.title(), maxPrice.currency(),
        AlertCriteria.builder().maxPrice(maxPrice).build(), true, null);
    entries.save(entry);
    String webUrl = env.getOrDefault("DISCOGS_WEB_URL", MonitorPolicy.defaults().webUrl());
    InMemoryNotificationLog alerts = new InMemoryNotificationLog();
    MonitoringEngine engine = MonitoringEngine.builder()
        .listingSource(new StatsListingSource(client))
        .entries(entries)
        .notificationLog(alerts)
        .observations(new InMemoryPriceObservationStore())
        .exchangeRates(EcbExchangeRates.create())
        .policy(MonitorPolicy.builder().webUrl(webUrl).build())
        .build();

    CycleReport report = engine.check(List.of(entry));
    // The engine records alerts; a program that only prints them needs no relay.
    alerts.findByEntry(entry.id()).forEach(alert -> out.println("MATCH: " + alert.price() + " — " + alert.url()
        + "\n  " + alert.explain().replace("\n", "\n  ")));
    CheckState state = entries.find(entry.id()).orElseThrow().lastCheck();
    out.println("market: " + (state.lowestPrice() == null ? "nothing for sale" : "lowest " + state.lowestPrice())
        + (state.numForSale() == null ? "" : ", " + state.numForSale() + " for sale")
        + "; status " + state.status().wireName()
        + (state.message() == null ? "" : " (" + state.message() + ")"));
    out.println(report.summary());
  }
}
