package io.waxalert.examples;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A {@link ListingSource} over market data recorded earlier, standing in for Discogs: either the
 * official API's market stats only, or the sell page's listings (with stats worked out from them).
 * An adapter implements the same three methods over HTTP. Thread-safe once filled.
 */
final class RecordedListingSource implements ListingSource {

  private final boolean providesListings;
  private final ExchangeRates rates;
  private final Map<Long, MarketStats> stats = new HashMap<>();
  private final Map<Long, List<Listing>> listings = new HashMap<>();
  private final Map<Long, ReferencePrices> references = new HashMap<>();

  private RecordedListingSource(boolean providesListings, ExchangeRates rates) {
    this.providesListings = providesListings;
    this.rates = rates;
  }

  /** Like Discogs' official API: the lowest price and the number for sale, no single listings. */
  static RecordedListingSource marketStatsOnly(ExchangeRates rates) {
    return new RecordedListingSource(false, rates);
  }

  /** Like the release's sell page: every copy for sale, with seller, grades and origin. */
  static RecordedListingSource sellPages(ExchangeRates rates) {
    return new RecordedListingSource(true, rates);
  }

  RecordedListingSource add(MarketStats marketStats) {
    stats.put(marketStats.releaseId(), marketStats);
    return this;
  }

  RecordedListingSource add(Listing listing) {
    listings.computeIfAbsent(listing.releaseId(), id -> new ArrayList<>()).add(listing);
    return this;
  }

  RecordedListingSource reference(long releaseId, ReferencePrices reference) {
    references.put(releaseId, reference);
    return this;
  }

  @Override
  public MarketStats stats(long releaseId, Currency currency) {
    if (providesListings) {
      return statsOf(releaseId, listings.getOrDefault(releaseId, List.of()), currency);
    }
    // A release the recording does not know has nothing for sale, as Discogs answers for it.
    return stats.getOrDefault(releaseId, new MarketStats(releaseId, null, 0, false));
  }

  @Override
  public boolean providesListings() {
    return providesListings;
  }

  @Override
  public List<Listing> listings(long releaseId, Currency currency) {
    return List.copyOf(listings.getOrDefault(releaseId, List.of()));
  }

  @Override
  public ReferencePrices referencePrices(long releaseId, Currency currency) {
    return references.getOrDefault(releaseId, ReferencePrices.none());
  }

  /** The aggregate a sell page implies: its cheapest copy in the asked currency, and how many there are. */
  private MarketStats statsOf(long releaseId, List<Listing> forSale, Currency currency) {
    Money lowest = null;
    for (Listing listing : forSale) {
      Money price = rates.convert(listing.price(), currency).orElse(null);
      if (price != null && (lowest == null || price.compareTo(lowest) < 0)) {
        lowest = price;
      }
    }
    return new MarketStats(releaseId, lowest, forSale.size(), false);
  }
}
