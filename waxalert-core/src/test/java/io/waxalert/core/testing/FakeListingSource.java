package io.waxalert.core.testing;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A listing source over data a test sets, counting the requests it answers. Unknown releases have
 * nothing for sale; releases marked failing throw like a blocked page.
 */
public final class FakeListingSource implements ListingSource {

  private final boolean providesListings;
  private final boolean onlyWhenNeeded;
  private final Map<Long, MarketStats> stats = new HashMap<>();
  private final Map<Long, List<Listing>> listings = new HashMap<>();
  private final Map<Long, ReferencePrices> references = new HashMap<>();
  private final Set<Long> failing = new HashSet<>();
  private final Set<Long> failingListings = new HashSet<>();
  private int statsRequests;
  private int listingRequests;

  private FakeListingSource(boolean providesListings, boolean onlyWhenNeeded) {
    this.providesListings = providesListings;
    this.onlyWhenNeeded = onlyWhenNeeded;
  }

  /** A source with market stats only, like Discogs' official API. */
  public static FakeListingSource statsOnly() {
    return new FakeListingSource(false, false);
  }

  /** A source with per-listing data, like the sell page; stats are derived from the listings. */
  public static FakeListingSource withListings() {
    return new FakeListingSource(true, false);
  }

  /** Like {@link #withListings()}, for listings only where an entry needs them (the {@code auto} source). */
  public static FakeListingSource withListingsWhenNeeded() {
    return new FakeListingSource(true, true);
  }

  public synchronized FakeListingSource stats(MarketStats marketStats) {
    stats.put(marketStats.releaseId(), marketStats);
    return this;
  }

  public synchronized FakeListingSource listings(long releaseId, Listing... forSale) {
    listings.put(releaseId, List.of(forSale));
    return this;
  }

  public synchronized FakeListingSource reference(long releaseId, ReferencePrices reference) {
    references.put(releaseId, reference);
    return this;
  }

  public synchronized FakeListingSource failing(long releaseId) {
    failing.add(releaseId);
    return this;
  }

  public synchronized FakeListingSource healthy(long releaseId) {
    failing.remove(releaseId);
    failingListings.remove(releaseId);
    return this;
  }

  /** Stats answer, but the listings throw like a sell page behind a challenge. */
  public synchronized FakeListingSource failingListings(long releaseId) {
    failingListings.add(releaseId);
    return this;
  }

  public synchronized int statsRequests() {
    return statsRequests;
  }

  public synchronized int listingRequests() {
    return listingRequests;
  }

  @Override
  public synchronized MarketStats stats(long releaseId, Currency currency) {
    statsRequests++;
    if (failing.contains(releaseId)) {
      throw new ListingSourceException("Discogs answered with a challenge page for release " + releaseId);
    }
    if (stats.containsKey(releaseId)) {
      return stats.get(releaseId);
    }
    List<Listing> forSale = listings.getOrDefault(releaseId, List.of());
    return new MarketStats(releaseId,
        forSale.stream().map(Listing::price).filter(p -> p.currency() == currency).min(java.util.Comparator.naturalOrder()).orElse(null),
        forSale.isEmpty() ? null : forSale.size(), false);
  }

  @Override
  public boolean providesListings() {
    return providesListings;
  }

  @Override
  public boolean listingsOnlyWhenNeeded() {
    return onlyWhenNeeded;
  }

  @Override
  public synchronized List<Listing> listings(long releaseId, Currency currency) {
    listingRequests++;
    if (failingListings.contains(releaseId)) {
      throw new ListingSourceException("Discogs showed a robot check instead of the sell page of release " + releaseId);
    }
    return new ArrayList<>(listings.getOrDefault(releaseId, List.of()));
  }

  @Override
  public synchronized ReferencePrices referencePrices(long releaseId, Currency currency) {
    return references.getOrDefault(releaseId, ReferencePrices.none());
  }
}
