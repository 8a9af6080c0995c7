package io.waxalert.core.criteria;

import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;

/**
 * Holds listings and market aggregates against alert criteria. Thread-safe and stateless.
 *
 * <pre>{@code
 * CriteriaMatcher matcher = CriteriaMatcher.standard(FixedExchangeRates.approximate());
 * MatchResult result = matcher.evaluate(listing, criteria, ReferencePrices.none());
 * }</pre>
 */
public interface CriteriaMatcher {

  /**
   * The matcher of the contract, converting foreign prices with {@code rates}.
   *
   * @param rates converts listing prices to the entry's currency; an unknown pair leaves price
   *     unjudged
   * @return the matcher
   */
  static CriteriaMatcher standard(ExchangeRates rates) {
    return new DefaultCriteriaMatcher(rates);
  }

  /**
   * Whether the listing fits: the same decision as {@link #evaluate}, without building the
   * explanation. This is the hot path of a cycle; call {@code evaluate} for the listings it accepts.
   *
   * @param listing the copy for sale
   * @param criteria the entry's criteria
   * @param reference what the release is worth, for the underpriced trigger
   * @return true when {@link #evaluate} would answer {@link MatchResult.Matched}
   */
  boolean matches(Listing listing, AlertCriteria criteria, ReferencePrices reference);

  /**
   * Judges every set criterion and explains the outcome.
   *
   * @param listing the copy for sale
   * @param criteria the entry's criteria
   * @param reference what the release is worth, for the underpriced trigger
   * @return the match with its alert type, or the rejection, each with every criterion's verdict
   */
  MatchResult evaluate(Listing listing, AlertCriteria criteria, ReferencePrices reference);

  /**
   * Judges the market aggregate: the lowest price against the price triggers. The other set
   * criteria cannot be judged from an aggregate and are reported as such, to be checked on the sell
   * page; they do not stop the match.
   *
   * @param stats the release's market aggregate
   * @param criteria the entry's criteria
   * @param reference what the release is worth, for the underpriced trigger
   * @return a match when the lowest price meets a price trigger, or none is set and something is
   *     for sale; otherwise a rejection
   */
  MatchResult evaluateStats(MarketStats stats, AlertCriteria criteria, ReferencePrices reference);

  /**
   * Whether some listing of this market could meet the price triggers, judged from its lowest price:
   * the cheap gate before fetching per-listing data. True when unsure.
   *
   * @param stats the release's market aggregate
   * @param criteria the entry's criteria
   * @param reference what the release is worth, for the underpriced trigger
   * @return false when nothing is for sale or no listing of this market can meet the price triggers
   */
  boolean couldMatch(MarketStats stats, AlertCriteria criteria, ReferencePrices reference);
}
