package io.waxalert.core.sellers;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ReferencePrices;

/**
 * What a release is worth, for entries with an underpriced trigger: Discogs' price suggestions, the
 * observed trailing median, or none (the trigger then stays unjudged, as the explanation says).
 */
@FunctionalInterface
public interface ReleaseReferences {

  ReleaseReferences NONE = (releaseId, currency) -> ReferencePrices.none();

  ReferencePrices of(long releaseId, Currency currency);
}
