package io.waxalert.examples;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.CriteriaMatcher;
import io.waxalert.core.criteria.MatchResult;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.monitor.MonitoringEngine;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How WaxAlert decides which listings to tell a collector about, offline and end to end:
 *
 * <ol>
 *   <li>the {@link CriteriaMatcher} judging single listings, with its explanation;
 *   <li>a {@link MonitoringEngine} cycle over six collectors' wanted entries, against sell pages
 *       (per listing) and market stats (the lowest price only), delivering each alert;
 *   <li>the same cycle again, which alerts nothing: every listing is alerted once per entry;
 *   <li>if the project's {@code shared/discogs-fixtures/} is at hand, the same for responses
 *       recorded from Discogs.
 * </ol>
 *
 * <p>Run it with {@code mvn -B -q -pl examples -am test-compile exec:java} from the repository root.
 */
public final class MatchCriteriaExample {

  /** A fixed "now", so every run prints the same. */
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T09:00:00Z"), ZoneOffset.UTC);

  private final ExchangeRates rates = FixedExchangeRates.approximate();
  private final CriteriaMatcher matcher = CriteriaMatcher.standard(rates);
  private final StringWriter transcript = new StringWriter();
  private final PrintWriter out = new PrintWriter(transcript, true);
  private final Map<String, EntryStatus> statusByOwner = new LinkedHashMap<>();

  private MatchCriteriaExample() {}

  /** Held here because java.util.logging forgets the level of a logger nobody references. */
  private static final java.util.logging.Logger ENGINE_LOG = java.util.logging.Logger.getLogger("io.waxalert.core");

  public static void main(String[] args) {
    // The engine logs each cycle; the example prints the summaries itself, so only warnings show.
    ENGINE_LOG.setLevel(java.util.logging.Level.WARNING);
    System.out.print(run(DiscogsFixtures.find()).transcript());
  }

  /** Runs the example over its built-in market, and over the recorded responses when given. */
  static ExampleResult run(Optional<DiscogsFixtures> fixtures) {
    return new MatchCriteriaExample().runAll(fixtures);
  }

  private ExampleResult runAll(Optional<DiscogsFixtures> fixtures) {
    MatchResult genericSleeve = matcherOnItsOwn();

    heading("2. A monitoring cycle: sell pages for Alice, Bob, Carol and Dave, market stats for Erin and Frank");
    InMemoryBackend backend = new InMemoryBackend(rates, CLOCK);
    backend.save(ExampleMarket.sellPageEntries());
    backend.save(ExampleMarket.marketStatsEntries());
    MonitoringEngine sellPageEngine = backend.engineOver(ExampleMarket.sellPages(rates));
    MonitoringEngine statsEngine = backend.engineOver(ExampleMarket.marketStats(rates));

    List<CycleReport> firstCycle = List.of(
        sellPageEngine.check(ExampleMarket.sellPageEntries()),
        statsEngine.check(ExampleMarket.marketStatsEntries()));
    List<Alert> alerts = backend.takeDelivered();
    alerts.forEach(this::printAlert);
    firstCycle.forEach(report -> out.println("cycle: " + report.summary()));
    printStatuses(backend, ExampleMarket.sellPageEntries());
    printStatuses(backend, ExampleMarket.marketStatsEntries());

    heading("3. The next cycle: the same market, so nothing new to tell");
    List<CycleReport> secondCycle = List.of(
        sellPageEngine.check(ExampleMarket.sellPageEntries()),
        statsEngine.check(ExampleMarket.marketStatsEntries()));
    secondCycle.forEach(report -> out.println("cycle: " + report.summary()));
    out.println(backend.takeDelivered().size() + " alerts delivered this time");

    heading("4. Responses recorded from Discogs");
    List<Alert> fixtureAlerts = fixtures.map(this::recordedResponses).orElseGet(() -> {
      out.println("shared/discogs-fixtures/ not found next to the working directory; skipped.");
      return List.of();
    });
    return new ExampleResult(transcript.toString(), genericSleeve, alerts, firstCycle, secondCycle,
        Map.copyOf(statusByOwner), fixtures.isPresent(), fixtureAlerts);
  }

  /** The matcher needs no engine: one listing, one entry's criteria, and a reference for "underpriced". */
  private MatchResult matcherOnItsOwn() {
    heading("1. The matcher on its own");
    AlertCriteria alices = ExampleMarket.ALICE.criteria();
    Listing nearMint = ExampleMarket.listings().get(0);

    // matches() is the fast yes/no of a cycle; evaluate() gives the same answer and says why.
    out.println("listing 101 for Alice, matches: " + matcher.matches(nearMint, alices, ReferencePrices.none()));
    printVerdict(matcher.evaluate(nearMint, alices, ReferencePrices.none()));

    out.println("listing 102 for Alice (cheap, near mint, in a generic sleeve):");
    MatchResult genericSleeve = matcher.evaluate(ExampleMarket.GENERIC_SLEEVE, alices, ReferencePrices.none());
    printVerdict(genericSleeve);

    out.println("listing 401 for Dave (from a seller he blocked):");
    printVerdict(matcher.evaluate(ExampleMarket.BLOCKED_SELLER, ExampleMarket.DAVE.criteria(), ReferencePrices.none()));
    return genericSleeve;
  }

  /**
   * The recorded stats of release 125204 (in EUR) and of a release blocked from sale, and one
   * recorded listing of the box set Carol wants, checked the same way as the built-in market.
   */
  private List<Alert> recordedResponses(DiscogsFixtures fixtures) {
    out.println("reading " + fixtures.dir());
    long blockedRelease = 9_000_001; // the recorded body names no release; any id will do
    WantedEntry gina = WantedEntry.forRelease("gina", 125204, "Release 125204", Currency.EUR,
        AlertCriteria.builder().maxPrice(Money.of("70.00", "EUR")).build());
    WantedEntry hank = WantedEntry.forRelease("hank", blockedRelease, "A release blocked from sale",
        Currency.EUR, AlertCriteria.builder().maxPrice(Money.of("20.00", "EUR")).build());
    WantedEntry ivy = WantedEntry.forRelease("ivy", ExampleMarket.DISTANT_MEMORIES,
        ExampleMarket.CAROL.title(), Currency.EUR,
        AlertCriteria.builder().underpricedPercent(30).minMediaCondition(MediaCondition.NEAR_MINT).build());

    RecordedListingSource stats = RecordedListingSource.marketStatsOnly(rates)
        .add(fixtures.stats(DiscogsFixtures.STATS_125204_EUR, 125204))
        .add(fixtures.stats(DiscogsFixtures.STATS_BLOCKED, blockedRelease));
    RecordedListingSource sellPage = RecordedListingSource.sellPages(rates)
        .add(fixtures.listing(DiscogsFixtures.LISTING_1265949252))
        .reference(ExampleMarket.DISTANT_MEMORIES, ExampleMarket.distantMemoriesReference());

    InMemoryBackend backend = new InMemoryBackend(rates, CLOCK);
    backend.save(List.of(gina, hank, ivy));
    List<CycleReport> reports = List.of(
        backend.engineOver(stats).check(List.of(gina, hank)),
        backend.engineOver(sellPage).check(List.of(ivy)));
    List<Alert> alerts = backend.takeDelivered();
    alerts.forEach(this::printAlert);
    reports.forEach(report -> out.println("cycle: " + report.summary()));
    printStatuses(backend, List.of(gina, hank, ivy));
    return alerts;
  }

  // --- printing -----------------------------------------------------------------------------

  private void heading(String title) {
    out.println();
    out.println("== " + title);
  }

  private void printVerdict(MatchResult result) {
    // Java 17 has no pattern switch yet; MatchResult is sealed, so these two cases are all there is.
    if (result instanceof MatchResult.Matched matched) {
      out.println("  MATCHED (" + matched.type().wireName() + ")");
    } else if (result instanceof MatchResult.Rejected rejected) {
      out.println("  REJECTED, failed: "
          + rejected.failures().stream().map(failure -> failure.criterion().label()).toList());
    }
    indented(result.explain());
  }

  private void printAlert(Alert alert) {
    out.println();
    out.println("ALERT for " + alert.ownerId() + ": " + alert.title() + " [" + alert.type().wireName() + "]");
    if (alert.isStatsAlert()) {
      out.println("  lowest price now " + alert.price() + ", see " + alert.url());
    } else {
      out.println("  " + alert.price() + ", " + alert.mediaCondition().abbreviation() + " / "
          + alert.sleeveCondition().abbreviation() + ", seller " + alert.sellerName()
          + (alert.sellerRating() == null ? " (no rating yet)" : " (" + alert.sellerRating() + " %)")
          + ", ships from " + alert.shipsFrom() + ", " + alert.url());
    }
    indented(alert.explain());
  }

  private void printStatuses(InMemoryBackend backend, List<WantedEntry> wanted) {
    for (WantedEntry entry : wanted) {
      EntryStatus status = backend.statusOf(entry);
      statusByOwner.put(entry.ownerId(), status);
      out.println("status of " + entry.ownerId() + "'s " + entry.title() + ": " + status.wireName());
    }
  }

  private void indented(String lines) {
    lines.lines().forEach(line -> out.println("    " + line));
  }
}
