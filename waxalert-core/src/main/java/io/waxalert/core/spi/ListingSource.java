package io.waxalert.core.spi;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;
import java.util.List;

/**
 * Where market data of a release comes from: Discogs' marketplace stats, its sell page, a seller's
 * inventory, or a fake. Implementations are thread-safe and throw (any unchecked exception,
 * preferably {@link ListingSourceException}) when a check could not be made — never an empty answer
 * for a page that was blocked.
 *
 * <pre>{@code
 * ListingSource source = new MyStatsOnlySource(client);
 * MarketStats stats = source.stats(249504, Currency.EUR);
 * }</pre>
 */
public interface ListingSource {

  /**
   * The market aggregate of a release, with prices in {@code currency} where the source can
   * convert.
   *
   * @param releaseId the Discogs release id
   * @param currency the entry's currency
   * @return the aggregate; nothing for sale only when the source saw nothing for sale
   * @throws ListingSourceException when the check could not be made
   */
  MarketStats stats(long releaseId, Currency currency);

  /**
   * A short name for operators' logs ({@code "Discogs marketplace stats"}); the class name unless
   * overridden, so a wrapping source can name the one it wraps.
   *
   * @return what this source reads, in a few words
   */
  default String description() {
    String name = getClass().getSimpleName();
    return name.isEmpty() ? getClass().getName() : name; // an anonymous class has no simple name
  }

  /**
   * True when {@link #listings} gives per-listing data; the engine then fetches it when worthwhile.
   *
   * @return true when {@link #listings} is implemented
   */
  default boolean providesListings() {
    return false;
  }

  /**
   * True when listings are costly or often refused (a website page behind bot protection), so the
   * engine asks for them only for entries that need them: entries whose lowest price could fit and
   * that set a listing-level criterion ({@link
   * io.waxalert.core.criteria.AlertCriteria#hasListingCriteria()}: condition, ships-from, seller).
   * Every other entry is judged on the stats, as with a stats-only source. When {@link #listings}
   * then throws {@link ListingSourceException}, those entries are judged on the stats too, and a
   * stats alert names the criteria it could not verify and why. Meaningful only when {@link
   * #providesListings()}; false by default (listings for every entry whose price could fit).
   *
   * @return true to fetch listings only for entries that need them
   */
  default boolean listingsOnlyWhenNeeded() {
    return false;
  }

  /**
   * The copies of a release for sale; called only when {@link #providesListings()}.
   *
   * @param releaseId the Discogs release id
   * @param currency the entry's currency, for prices where the source can convert
   * @return every copy for sale the source sees; empty only when none is for sale
   * @throws ListingSourceException when the listings could not be read
   * @throws UnsupportedOperationException by default, for a stats-only source
   */
  default List<Listing> listings(long releaseId, Currency currency) {
    throw new UnsupportedOperationException("this source gives market stats only");
  }

  /**
   * What the release is worth per grade, for the underpriced trigger; none by default.
   *
   * @param releaseId the Discogs release id
   * @param currency the entry's currency
   * @return the reference prices, {@link ReferencePrices#none()} when the source has none
   */
  default ReferencePrices referencePrices(long releaseId, Currency currency) {
    return ReferencePrices.none();
  }
}
