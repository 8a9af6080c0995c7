package io.waxalert.discogs;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.spi.ListingSource;
import java.util.List;
import java.util.Objects;

/**
 * Opt-in source that reads every listing from the website's sell page
 * ({@code /sell/release/{id}?sort=price,asc&limit=250}), through the client's budget. The website
 * is not the API: it sits behind Cloudflare and is often blocked; a block, challenge or page it
 * cannot read throws {@link SellPageException}, never "no listings". Prices and shipping are in
 * each seller's currency, as the page shows them. Stats still come from the API. Thread-safe.
 *
 * <p>Requests per check of a release: 1 for the stats, plus 1 per sell page read. By default only
 * the first page is read: the page is sorted by price, cheapest first, so its 250 listings are
 * the ones a maximum price or an underpriced trigger alerts on; a release with more than 250
 * listings would cost up to {@code maxPages} requests for listings that are all dearer. The one
 * miss: when more than 250 listings are under an entry's maximum and none of the cheapest 250 meets
 * its other criteria (grade, ships-from, seller), a fitting dearer one waits until cheaper ones go.
 */
public final class SellPageListingSource implements ListingSource {

  /** Default bound of pages read per release: the cheapest 250 listings, 1 request. */
  public static final int DEFAULT_MAX_PAGES = 1;

  private final DiscogsClient client;
  private final int maxPages;

  /**
   * A source reading at most {@link #DEFAULT_MAX_PAGES} pages per release.
   *
   * @param client the client whose budget and User-Agent every request uses
   */
  public SellPageListingSource(DiscogsClient client) {
    this(client, DEFAULT_MAX_PAGES);
  }

  /**
   * @param client the client whose budget and User-Agent every request uses
   * @param maxPages pages of 250 read at most per release when the page says more follow; each is a
   *     request
   * @throws IllegalArgumentException if {@code maxPages} is less than 1
   */
  public SellPageListingSource(DiscogsClient client, int maxPages) {
    this.client = Objects.requireNonNull(client, "client");
    if (maxPages < 1) {
      throw new IllegalArgumentException("maxPages must be at least 1");
    }
    this.maxPages = maxPages;
  }

  @Override
  public String description() {
    return "the Discogs sell page";
  }

  @Override
  public MarketStats stats(long releaseId, Currency currency) {
    return StatsListingSource.statsOf(client, releaseId, currency);
  }

  @Override
  public boolean providesListings() {
    return true;
  }

  /**
   * The cheapest listings, up to {@code maxPages} × 250; {@code currency} is not applied (the page
   * shows seller prices).
   *
   * @throws SellPageException when the page cannot be read, with the reason
   */
  @Override
  public List<Listing> listings(long releaseId, Currency currency) {
    return client.sellPageListings(releaseId, maxPages);
  }
}
