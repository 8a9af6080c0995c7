package io.waxalert.benchmarks;

import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemoryPriceObservationStore;
import io.waxalert.core.inmemory.InMemoryWantedEntryStore;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.core.spi.ListingSource;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The wanted entries of {@value #USERS} collectors ({@value #ENTRIES_PER_USER} each) on
 * {@value #RELEASES} releases, and a market for them held in memory, so that a cycle measures the
 * engine and its in-memory ports, not a network.
 */
final class SampleCycle {

  static final int USERS = 1_000;
  static final int ENTRIES_PER_USER = 10;
  static final int RELEASES = 2_000;
  static final int LISTINGS_PER_RELEASE = 20;
  static final Instant START = Instant.parse("2026-11-24T09:00:00Z");

  /** Held so java.util.logging keeps the level: per-cycle INFO lines would be measured too. */
  private static final Logger CORE_LOG = Logger.getLogger("io.waxalert.core");

  final ExchangeRates rates = FixedExchangeRates.approximate();
  final List<WantedEntry> entries = new ArrayList<>();
  final InMemorySource statsOnly;
  final InMemorySource withListings;

  SampleCycle(long seed) {
    CORE_LOG.setLevel(Level.WARNING);
    SampleMarket market = new SampleMarket(seed);
    Random random = new Random(seed);
    Map<Long, List<Listing>> listings = new HashMap<>();
    Map<Long, MarketStats> stats = new HashMap<>();
    Map<Long, ReferencePrices> references = new HashMap<>();
    Map<Long, BigDecimal> levels = new HashMap<>();
    long nextListing = 1;
    for (long release = 1; release <= RELEASES; release++) {
      BigDecimal level = market.priceLevel();
      levels.put(release, level);
      List<Listing> forSale = new ArrayList<>();
      // A few releases have nothing for sale or are blocked, as on Discogs.
      int count = random.nextInt(100) < 4 ? 0 : LISTINGS_PER_RELEASE;
      for (int i = 0; i < count; i++) {
        forSale.add(market.listing(nextListing++, release, level));
      }
      listings.put(release, forSale);
      stats.put(release, statsOf(release, forSale, random.nextInt(100) < 1));
      references.put(release, market.reference(level));
    }
    for (int user = 0; user < USERS; user++) {
      Set<Long> taken = new HashSet<>();
      while (taken.size() < ENTRIES_PER_USER) {
        long release = 1 + random.nextInt(RELEASES);
        if (taken.add(release)) {
          entries.add(WantedEntry.forRelease("user-" + user, release, "Release " + release,
              market.entryCurrency(), market.wanted(levels.get(release)).criteria()));
        }
      }
    }
    statsOnly = new InMemorySource(false, stats, listings, references);
    withListings = new InMemorySource(true, stats, listings, references);
  }

  /** Fresh stores holding every entry, never checked. */
  Backend freshBackend() {
    Backend backend = new Backend();
    entries.forEach(backend.entries::save);
    return backend;
  }

  private MarketStats statsOf(long release, List<Listing> forSale, boolean blocked) {
    Money lowest = null;
    for (Listing listing : forSale) {
      Money price = rates.convert(listing.price(), Currency.EUR).orElseThrow();
      lowest = lowest == null || price.compareTo(lowest) < 0 ? price : lowest;
    }
    return blocked ? new MarketStats(release, null, null, true)
        : new MarketStats(release, lowest, forSale.size(), false);
  }

  /** The in-memory ports of one engine; the engine records alerts, delivering them is the relay's. */
  final class Backend {
    final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
    final InMemoryNotificationLog log = new InMemoryNotificationLog();
    final InMemoryPriceObservationStore observations = new InMemoryPriceObservationStore();

    /** An engine whose clock stands {@code hoursLater} hours after the start, so every entry is due again. */
    MonitoringEngine engine(ListingSource source, int hoursLater) {
      return MonitoringEngine.builder()
          .listingSource(source).entries(entries).notificationLog(log).observations(observations)
          .exchangeRates(rates)
          .clock(Clock.fixed(START.plus(Duration.ofHours(hoursLater)), ZoneOffset.UTC))
          .build();
    }
  }

  /** Prices in euros whatever currency is asked for; the engine converts, as with a real source. */
  static final class InMemorySource implements ListingSource {
    private final boolean providesListings;
    private final Map<Long, MarketStats> stats;
    private final Map<Long, List<Listing>> listings;
    private final Map<Long, ReferencePrices> references;

    InMemorySource(boolean providesListings, Map<Long, MarketStats> stats,
        Map<Long, List<Listing>> listings, Map<Long, ReferencePrices> references) {
      this.providesListings = providesListings;
      this.stats = stats;
      this.listings = listings;
      this.references = references;
    }

    @Override
    public MarketStats stats(long releaseId, Currency currency) {
      return stats.get(releaseId);
    }

    @Override
    public boolean providesListings() {
      return providesListings;
    }

    @Override
    public List<Listing> listings(long releaseId, Currency currency) {
      return listings.get(releaseId);
    }

    @Override
    public ReferencePrices referencePrices(long releaseId, Currency currency) {
      return references.get(releaseId);
    }
  }
}
