package io.waxalert.app.monitor;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code waxalert.monitor.market-max-age}: market stats of a release fetched less than that ago are
 * reused by every user's check instead of fetched again; {@code 0s} always fetches. Failures are not
 * cached. The stats carry their fetch time ({@link MarketStats#fetchedAt()}). Listings and reference
 * prices are passed through. Thread-safe.
 */
public final class MarketCache implements ListingSource {

  private record Key(long releaseId, Currency currency) {}

  private record Cached(MarketStats stats, Instant fetched) {}

  private final ListingSource delegate;
  private final Duration maxAge;
  private final Clock clock;
  private final Map<Key, Cached> stats = new ConcurrentHashMap<>();

  public MarketCache(ListingSource delegate, Duration maxAge, Clock clock) {
    this.delegate = delegate;
    this.maxAge = maxAge;
    this.clock = clock;
  }

  @Override
  public MarketStats stats(long releaseId, Currency currency) {
    if (maxAge.isZero() || maxAge.isNegative()) {
      return delegate.stats(releaseId, currency);
    }
    Instant now = clock.instant();
    Key key = new Key(releaseId, currency);
    Cached cached = stats.get(key);
    if (cached != null && cached.fetched.plus(maxAge).isAfter(now)) {
      return cached.stats;
    }
    // stamped with its fetch time, so a check that reuses it can say how old its figures are
    MarketStats fresh = delegate.stats(releaseId, currency).withFetchedAt(now);
    stats.put(key, new Cached(fresh, now));
    if (stats.size() > 50_000) {
      stats.values().removeIf(c -> !c.fetched.plus(maxAge).isAfter(now));
    }
    return fresh;
  }

  @Override
  public boolean providesListings() {
    return delegate.providesListings();
  }

  @Override
  public boolean listingsOnlyWhenNeeded() {
    return delegate.listingsOnlyWhenNeeded();
  }

  @Override
  public List<Listing> listings(long releaseId, Currency currency) {
    return delegate.listings(releaseId, currency);
  }

  @Override
  public ReferencePrices referencePrices(long releaseId, Currency currency) {
    return delegate.referencePrices(releaseId, currency);
  }
}
