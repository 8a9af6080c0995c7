package io.waxalert.discogs;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import java.util.List;
import java.util.Objects;

/**
 * Opt-in source that reads every listing from the website's sell page
 * ({@code /sell/release/{id}?sort=price,asc&limit=250}), through the client's budget. The website
 * is not the API: it sits behind Cloudflare and is often blocked; a block or challenge throws
 * {@link ListingSourceException}, never "no listings". Prices are in each seller's currency.
 * Stats still come from the API. Thread-safe.
 */
public final class SellPageListingSource implements ListingSource {

  private final DiscogsClient client;

  public SellPageListingSource(DiscogsClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  @Override
  public MarketStats stats(long releaseId, Currency currency) {
    return StatsListingSource.statsOf(client, releaseId, currency);
  }

  @Override
  public boolean providesListings() {
    return true;
  }

  /** The first 250 listings, cheapest first; {@code currency} is not applied (the page shows seller prices). */
  @Override
  public List<Listing> listings(long releaseId, Currency currency) {
    return client.sellPageListings(releaseId);
  }
}
