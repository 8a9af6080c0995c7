package io.waxalert.core.monitor;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.CriteriaMatcher;
import io.waxalert.core.criteria.MatchResult;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.PriceObservationStore;
import java.time.Clock;
import java.time.Duration;

/**
 * An entry's last verdict judged again after its criteria changed, from the market figures its last
 * check kept: no request to the marketplace. See {@link MonitoringEngine#rejudge(WantedEntry)}.
 */
final class Rejudgement {

  private final ListingSource source;
  private final PriceObservationStore observations;
  private final ExchangeRates rates;
  private final CriteriaMatcher matcher;
  private final Clock clock;
  private final Duration referenceWindow;

  Rejudgement(ListingSource source, PriceObservationStore observations, ExchangeRates rates,
      CriteriaMatcher matcher, Clock clock, Duration referenceWindow) {
    this.source = source;
    this.observations = observations;
    this.rates = rates;
    this.matcher = matcher;
    this.clock = clock;
    this.referenceWindow = referenceWindow;
  }

  CheckState of(WantedEntry entry) {
    CheckState last = entry.lastCheck();
    if (last == null || last.lowestPrice() == null
        || last.status() == EntryStatus.CHECK_FAILED || last.status() == EntryStatus.NO_LISTINGS) {
      return last;
    }
    AlertCriteria criteria = entry.criteria();
    if (criteria.isAvailabilityOnly()) {
      return last.withStatus(EntryStatus.MONITORING);
    }
    long releaseId = entry.releaseIds().get(0);
    MarketStats market = new MarketStats(releaseId, last.lowestPrice(), last.numForSale(), false);
    ReferencePrices reference = reference(entry);
    if (!judgedOnStats(criteria)) {
      // Single listings decide; the lowest price is a floor for them all. A floor over every price
      // trigger rules them all out; otherwise only the next check's listings can tell.
      if (!matcher.couldMatch(market, criteria, reference)) {
        return last.withStatus(EntryStatus.MONITORING);
      }
      return last;
    }
    if (matcher.evaluateStats(market, criteria, reference) instanceof MatchResult.Matched match) {
      return last.withStatus(match.type() == AlertType.UNDERPRICED ? EntryStatus.UNDERPRICED : EntryStatus.PRICE_MATCHED);
    }
    return last.withStatus(EntryStatus.MONITORING);
  }

  /** Whether the engine judges this entry on market stats (as opposed to single listings). */
  private boolean judgedOnStats(AlertCriteria criteria) {
    return !source.providesListings() || (source.listingsOnlyWhenNeeded() && !criteria.hasListingCriteria());
  }

  /** The observed trailing median only: the source's own reference could cost a request. */
  private ReferencePrices reference(WantedEntry entry) {
    if (entry.criteria().underpricedPercent() == null || entry.target().isMaster()) {
      return ReferencePrices.none();
    }
    long releaseId = entry.releaseIds().get(0);
    return ReferencePrices.none().orOverall(ObservedReference.median(
        observations.history(releaseId, clock.instant().minus(referenceWindow)), entry.currency(), rates)
        .orElse(null));
  }
}
