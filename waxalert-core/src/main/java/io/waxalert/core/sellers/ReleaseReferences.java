package io.waxalert.core.sellers;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ReferencePrices;

/**
 * What a release is worth, for entries with an underpriced trigger: Discogs' price suggestions, the
 * observed trailing median, or none (the trigger then stays unjudged, as the explanation says).
 */
@FunctionalInterface
public interface ReleaseReferences {

  /** No reference for any release: underpriced triggers stay unjudged. */
  ReleaseReferences NONE = (releaseId, currency) -> ReferencePrices.none();

  /**
   * What the release is worth per grade. May cost a Discogs request (price suggestions); a {@link
   * SellerWatch} asks once per release and currency in a check, and judges without a reference when
   * this throws.
   *
   * @param releaseId the Discogs release id
   * @param currency the entry's currency
   * @return the reference prices, {@link ReferencePrices#none()} when there are none
   */
  ReferencePrices of(long releaseId, Currency currency);
}
