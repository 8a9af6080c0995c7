package io.waxalert.core.model;

import io.waxalert.core.Nullable;
import java.time.Instant;

/**
 * Discogs' aggregate view of a release's market: the cheapest copy worldwide, whatever its
 * condition or shipping, and how many are for sale.
 *
 * @param releaseId the release
 * @param lowestPrice cheapest item price, null when nothing is for sale or the release is blocked
 * @param numForSale copies for sale, null when Discogs gives none
 * @param blockedFromSale true when Discogs never allows this release to be sold
 * @param fetchedAt when these figures were read from the marketplace, for a cache that reuses them
 *     to say how old they are; null when fetched just now (the engine then takes its check's time)
 */
public record MarketStats(
    long releaseId, @Nullable Money lowestPrice, @Nullable Integer numForSale, boolean blockedFromSale,
    @Nullable Instant fetchedAt) {

  /**
   * Validates the figures.
   *
   * @param releaseId the release
   * @param lowestPrice cheapest item price, null when nothing is for sale or the release is blocked
   * @param numForSale copies for sale, null when Discogs gives none
   * @param blockedFromSale true when Discogs never allows this release to be sold
   * @param fetchedAt when the figures were read from the marketplace; null when just now
   * @throws IllegalArgumentException if the release id is not positive or the count is negative
   */
  public MarketStats {
    if (releaseId <= 0) {
      throw new IllegalArgumentException("release id must be positive");
    }
    if (numForSale != null && numForSale < 0) {
      throw new IllegalArgumentException("number for sale must not be negative");
    }
  }

  /**
   * Figures fetched just now.
   *
   * @param releaseId the release
   * @param lowestPrice cheapest item price, null when nothing is for sale or the release is blocked
   * @param numForSale copies for sale, null when Discogs gives none
   * @param blockedFromSale true when Discogs never allows this release to be sold
   */
  public MarketStats(long releaseId, @Nullable Money lowestPrice, @Nullable Integer numForSale,
      boolean blockedFromSale) {
    this(releaseId, lowestPrice, numForSale, blockedFromSale, null);
  }

  /**
   * These figures, read from the marketplace at {@code at}.
   *
   * @param at when they were read
   * @return the same figures with their fetch time
   */
  public MarketStats withFetchedAt(Instant at) {
    return new MarketStats(releaseId, lowestPrice, numForSale, blockedFromSale, at);
  }

  /**
   * True when nothing can be bought right now.
   *
   * @return true when blocked, without a lowest price, or with zero copies for sale
   */
  public boolean nothingForSale() {
    return blockedFromSale || lowestPrice == null || (numForSale != null && numForSale == 0);
  }
}
