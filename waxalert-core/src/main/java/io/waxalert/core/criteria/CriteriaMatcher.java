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

  /** The matcher of the contract, converting foreign prices with {@code rates}. */
  static CriteriaMatcher standard(ExchangeRates rates) {
    return new DefaultCriteriaMatcher(rates);
  }

  /**
   * Whether the listing fits: the same decision as {@link #evaluate}, without building the
   * explanation. This is the hot path of a cycle; call {@code evaluate} for the listings it accepts.
   */
  boolean matches(Listing listing, AlertCriteria criteria, ReferencePrices reference);

  /** Judges every set criterion and explains the outcome. */
  MatchResult evaluate(Listing listing, AlertCriteria criteria, ReferencePrices reference);

  /**
   * Judges the market aggregate: the lowest price against the price triggers. The other set
   * criteria cannot be judged from an aggregate and are reported as such, to be checked on the sell
   * page; they do not stop the match.
   */
  MatchResult evaluateStats(MarketStats stats, AlertCriteria criteria, ReferencePrices reference);

  /**
   * Whether some listing of this market could meet the price triggers, judged from its lowest price:
   * the cheap gate before fetching per-listing data. True when unsure.
   */
  boolean couldMatch(MarketStats stats, AlertCriteria criteria, ReferencePrices reference);
}
