package io.waxalert.app.sellers;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;

/**
 * The sell-page listings the service read within {@code market-max-age}, for bundles: a bounded
 * in-memory view (at most {@value #MAX_LISTINGS} listings, the oldest reads dropped first), fed by
 * wrapping the listing source with {@link #recording(ListingSource)}. Each read of a release
 * replaces what was known of it, so a sold listing leaves with the next read. Nothing survives a
 * restart: these listings are only as good as {@code market-max-age} anyway. Thread-safe.
 */
public final class RecentListings {

  static final int MAX_LISTINGS = 50_000;

  private record Read(List<Listing> listings, Instant at) {}

  private final Duration maxAge;
  private final Clock clock;
  /** By release, oldest read first (re-reads move to the end). */
  private final LinkedHashMap<Long, Read> reads = new LinkedHashMap<>();
  private int size;

  public RecentListings(Duration maxAge, Clock clock) {
    this.maxAge = maxAge;
    this.clock = clock;
  }

  /** Keeps the listings just read of the release. */
  public synchronized void record(long releaseId, List<Listing> listings) {
    Read old = reads.remove(releaseId);
    if (old != null) {
      size -= old.listings().size();
    }
    Instant now = clock.instant();
    reads.put(releaseId, new Read(List.copyOf(listings), now));
    size += listings.size();
    Iterator<Read> oldestFirst = reads.values().iterator();
    while (oldestFirst.hasNext() && size > MAX_LISTINGS) {
      size -= oldestFirst.next().listings().size();
      oldestFirst.remove();
    }
  }

  /** The listings of these releases read less than {@code market-max-age} ago. */
  public synchronized List<Listing> of(Collection<Long> releaseIds) {
    Instant oldest = clock.instant().minus(maxAge);
    List<Listing> listings = new ArrayList<>();
    for (long releaseId : releaseIds) {
      Read read = reads.get(releaseId);
      if (read != null && read.at().isAfter(oldest)) {
        listings.addAll(read.listings());
      }
    }
    return listings;
  }

  /** The listings known now, for tests and metrics. */
  synchronized int size() {
    return size;
  }

  /** {@code source} with every listing it reads kept here; otherwise unchanged. */
  public ListingSource recording(ListingSource source) {
    return new ListingSource() {
      @Override
      public String description() {
        return source.description();
      }

      @Override
      public MarketStats stats(long releaseId, Currency currency) {
        return source.stats(releaseId, currency);
      }

      @Override
      public boolean providesListings() {
        return source.providesListings();
      }

      @Override
      public boolean listingsOnlyWhenNeeded() {
        return source.listingsOnlyWhenNeeded();
      }

      @Override
      public List<Listing> listings(long releaseId, Currency currency) {
        List<Listing> listings = source.listings(releaseId, currency);
        record(releaseId, listings);
        return listings;
      }

      @Override
      public ReferencePrices referencePrices(long releaseId, Currency currency) {
        return source.referencePrices(releaseId, currency);
      }
    };
  }
}
