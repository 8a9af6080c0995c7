package io.waxalert.persistence;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The latest market snapshot of one release: its last fetch attempt, and what the last successful
 * one saw.
 *
 * @param releaseId the release
 * @param fetchedAt the last attempt, successful or not
 * @param succeeded whether that attempt got the market data
 * @param currency the currency that attempt asked for
 * @param lowestPrice the lowest price of the last successful attempt; null when nothing was for sale
 * @param numForSale copies for sale then; null when unknown
 * @param blockedFromSale Discogs blocks the release from sale
 * @param notFound the last attempt was told the release does not exist
 * @param failure why the last attempt failed; null when it succeeded
 */
public record ReleaseMarket(
    long releaseId, Instant fetchedAt, boolean succeeded, Currency currency, @Nullable Money lowestPrice,
    @Nullable Integer numForSale, boolean blockedFromSale, boolean notFound, @Nullable String failure) {

  /**
   * Requires the time and the currency.
   *
   * @param releaseId the release
   * @param fetchedAt the last attempt, successful or not
   * @param succeeded whether that attempt got the market data
   * @param currency the currency that attempt asked for
   * @param lowestPrice the lowest price of the last successful attempt; null when nothing was for sale
   * @param numForSale copies for sale then; null when unknown
   * @param blockedFromSale Discogs blocks the release from sale
   * @param notFound the last attempt was told the release does not exist
   * @param failure why the last attempt failed; null when it succeeded
   */
  public ReleaseMarket {
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    Objects.requireNonNull(currency, "currency");
  }

  /**
   * A successful fetch.
   *
   * @param stats what it got
   * @param asked the currency it asked for
   * @param at when
   * @return the snapshot
   */
  public static ReleaseMarket fetched(MarketStats stats, Currency asked, Instant at) {
    return new ReleaseMarket(stats.releaseId(), at, true, asked, stats.lowestPrice(), stats.numForSale(),
        stats.blockedFromSale(), false, null);
  }

  /**
   * A failed attempt; the last prices seen stay as they were.
   *
   * @param releaseId the release
   * @param asked the currency it asked for
   * @param at when
   * @param notFound Discogs said the release does not exist
   * @param why what went wrong
   * @return the snapshot of the attempt
   */
  public static ReleaseMarket failed(long releaseId, Currency asked, Instant at, boolean notFound, String why) {
    return new ReleaseMarket(releaseId, at, false, asked, null, null, false, notFound, why);
  }

  /**
   * Whether the last attempt was made at or after {@code since}: it serves any need from then on.
   *
   * @param since the oldest fetch that serves
   * @return true when it was
   */
  public boolean freshSince(Instant since) {
    return !fetchedAt.isBefore(since);
  }

  /**
   * The market data of the last attempt when it succeeded.
   *
   * @return the market data; empty when the last attempt failed
   */
  public Optional<MarketStats> stats() {
    return succeeded ? Optional.of(new MarketStats(releaseId, lowestPrice, numForSale, blockedFromSale))
        : Optional.empty();
  }
}
