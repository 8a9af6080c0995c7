package io.waxalert.core.model;

import io.waxalert.core.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * What the market of a release looked like at one moment.
 *
 * @param releaseId the release
 * @param observedAt when the market was looked at
 * @param lowestPrice cheapest item price then, null when nothing was for sale
 * @param numForSale copies for sale then, null when Discogs gave none
 */
public record PriceObservation(
    long releaseId, Instant observedAt, @Nullable Money lowestPrice, @Nullable Integer numForSale) {

  /**
   * Validates the observation.
   *
   * @param releaseId the release
   * @param observedAt when the market was looked at
   * @param lowestPrice cheapest item price then, null when nothing was for sale
   * @param numForSale copies for sale then, null when Discogs gave none
   * @throws NullPointerException if {@code observedAt} is null
   */
  public PriceObservation {
    Objects.requireNonNull(observedAt, "observedAt");
  }

  /**
   * What Discogs' market statistics show at one moment.
   *
   * @param stats the statistics fetched
   * @param at when they were fetched
   * @return the observation
   */
  public static PriceObservation of(MarketStats stats, Instant at) {
    return new PriceObservation(stats.releaseId(), at, stats.lowestPrice(), stats.numForSale());
  }
}
