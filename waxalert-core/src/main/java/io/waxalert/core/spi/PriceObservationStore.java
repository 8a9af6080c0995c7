package io.waxalert.core.spi;

import io.waxalert.core.model.PriceObservation;
import java.time.Instant;
import java.util.List;

/**
 * The lowest price and number for sale seen per release over time: the price-history chart and the
 * observed reference for the underpriced trigger. Thread-safe; passes
 * {@code AbstractPriceObservationStoreContractTest}.
 */
public interface PriceObservationStore {

  /**
   * Keeps one observation.
   *
   * @param observation what the release's market looked like
   */
  void record(PriceObservation observation);

  /**
   * Observations of the release at or after {@code since}, oldest first.
   *
   * @param releaseId the Discogs release id
   * @param since the earliest time wanted
   * @return the observations, empty when there are none
   */
  List<PriceObservation> history(long releaseId, Instant since);
}
