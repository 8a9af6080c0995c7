package io.waxalert.core.model;

import io.waxalert.core.Nullable;
import java.time.Instant;
import java.util.Objects;

/** What the market of a release looked like at one moment. */
public record PriceObservation(
    long releaseId, Instant observedAt, @Nullable Money lowestPrice, @Nullable Integer numForSale) {

  public PriceObservation {
    Objects.requireNonNull(observedAt, "observedAt");
  }

  public static PriceObservation of(MarketStats stats, Instant at) {
    return new PriceObservation(stats.releaseId(), at, stats.lowestPrice(), stats.numForSale());
  }
}
