package io.waxalert.core.monitor;

import io.waxalert.core.Nullable;
import io.waxalert.core.criteria.CriteriaMatcher;
import io.waxalert.core.criteria.MatchResult;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.core.spi.PriceObservationStore;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * One release of a cycle, for every entry wanting it: market stats first (recorded as an
 * observation), listings only where the lowest price could fit, each fitting listing or lowest price
 * recorded as an alert with a pending delivery on each channel.
 */
final class ReleaseCheck {

  private static final System.Logger LOG = System.getLogger(MonitoringEngine.class.getName());

  private final ListingSource source;
  private final PriceObservationStore observations;
  private final NotificationLog notificationLog;
  private final ExchangeRates rates;
  private final CriteriaMatcher matcher;
  private final MarketReference references;
  private final StatsRepeatRule repeatRule;
  private final MonitorPolicy policy;
  private final Set<String> channels;

  ReleaseCheck(ListingSource source, PriceObservationStore observations, NotificationLog notificationLog,
      ExchangeRates rates, CriteriaMatcher matcher, MarketReference references, MonitorPolicy policy,
      Set<String> channels) {
    this.source = source;
    this.observations = observations;
    this.notificationLog = notificationLog;
    this.rates = rates;
    this.matcher = matcher;
    this.references = references;
    this.repeatRule = new StatsRepeatRule(notificationLog, rates);
    this.policy = policy;
    this.channels = channels;
  }

  /** Checks one release for the group of entries wanting it; a failure marks their outcomes failed. */
  void check(long releaseId, List<WantedEntry> group, Cycle cycle) {
    check(releaseId, MarketReference.currencyOf(group), group, null, cycle);
  }

  /**
   * Checks one release for {@code group} (may be empty: the market is then only fetched and
   * observed); {@code known}, when given, is market data fetched already, so no stats request is made.
   * The stats used, or the failure, is kept in the cycle.
   */
  void check(long releaseId, Currency currency, List<WantedEntry> group, @Nullable MarketStats known, Cycle cycle) {
    try {
      MarketStats stats = known;
      if (stats == null) {
        cycle.statsRequests++;
        stats = source.stats(releaseId, currency);
      }
      cycle.stats.put(releaseId, stats);
      // The reference is taken before this observation joins the history it is the median of.
      ReferencePrices reference = references.of(releaseId, currency, group);
      observations.record(PriceObservation.of(stats, cycle.now));
      List<WantedEntry> judged = new ArrayList<>(group.size());
      for (WantedEntry entry : group) {
        cycle.outcomes.get(entry.id()).market(stats, cycle.now, rates);
        if (entry.criteria().isAvailabilityOnly()) {
          checkAvailability(stats, entry, cycle);
        } else {
          judged.add(entry);
        }
      }
      if (!source.providesListings()) {
        for (WantedEntry entry : judged) {
          checkStats(stats, reference, entry, cycle, null);
        }
      } else if (source.listingsOnlyWhenNeeded()) {
        checkListingsWhereNeeded(releaseId, currency, stats, reference, judged, cycle);
      } else {
        checkListings(releaseId, currency, stats, reference, judged, cycle);
      }
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      LOG.log(Level.WARNING, "monitoring: check of release {0} failed: {1}", String.valueOf(releaseId), message);
      if (!cycle.stats.containsKey(releaseId)) {
        cycle.failures.put(releaseId, e); // the market itself could not be fetched, not only its listings
      }
      for (WantedEntry entry : group) {
        EntryOutcome outcome = cycle.outcomes.get(entry.id());
        outcome.failed(message);
        if (entry.releaseIds().size() == 1) {
          outcome.keepLastKnownMarket(entry.lastCheck());
        }
      }
    }
  }

  /**
   * {@link ListingSource#listingsOnlyWhenNeeded()}: listings only for hopeful entries with
   * listing-level criteria; when they cannot be fetched, those entries fall back to the stats with
   * the reason in the alert, and count as failed unless the stats alone fire.
   */
  private void checkListingsWhereNeeded(long releaseId, Currency currency, MarketStats stats,
      ReferencePrices reference, List<WantedEntry> group, Cycle cycle) {
    List<WantedEntry> hopeful = new ArrayList<>();
    for (WantedEntry entry : group) {
      if (entry.criteria().hasListingCriteria() && matcher.couldMatch(stats, entry.criteria(), reference)) {
        hopeful.add(entry);
      } else {
        checkStats(stats, reference, entry, cycle, null);
      }
    }
    try {
      checkListings(releaseId, currency, stats, reference, hopeful, cycle);
    } catch (ListingSourceException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      for (WantedEntry entry : hopeful) {
        cycle.outcomes.get(entry.id()).failed(why);
        checkStats(stats, reference, entry, cycle, why);
      }
    }
  }

  private void checkListings(long releaseId, Currency currency, MarketStats stats,
      ReferencePrices reference, List<WantedEntry> group, Cycle cycle) {
    List<WantedEntry> hopeful = group.stream()
        .filter(entry -> matcher.couldMatch(stats, entry.criteria(), reference))
        .toList();
    if (hopeful.isEmpty()) {
      return;
    }
    cycle.listingRequests++;
    List<Listing> listings = source.listings(releaseId, currency);
    for (WantedEntry entry : hopeful) {
      EntryOutcome outcome = cycle.outcomes.get(entry.id());
      for (Listing listing : listings) {
        if (matcher.matches(listing, entry.criteria(), reference)
            && matcher.evaluate(listing, entry.criteria(), reference) instanceof MatchResult.Matched match) {
          outcome.matched(match.type());
          cycle.newAlerts += notificationLog.recordIfNew(Alert.ofListing(entry, listing, match, cycle.now),
              channels) ? 1 : 0;
        }
      }
    }
  }

  /**
   * An entry that asks nothing but availability alerts once when the release is for sale after its
   * last check found nothing for sale; never on its first check (what is for sale when it is added
   * the collector sees at once) and never after a failed check (which says nothing of the market).
   * It needs no listings and is not a match: its status stays Monitoring.
   */
  private void checkAvailability(MarketStats stats, WantedEntry entry, Cycle cycle) {
    CheckState last = entry.lastCheck();
    if (stats.nothingForSale() || last == null || last.status() != EntryStatus.NO_LISTINGS) {
      return;
    }
    Alert alert = Alert.ofAvailability(entry, stats, policy.sellPageUrl(stats.releaseId()), cycle.now);
    cycle.newAlerts += notificationLog.recordIfNew(alert, channels) ? 1 : 0;
  }

  /** @param listingsFailure why the listings that would have verified the other criteria are missing */
  private void checkStats(MarketStats stats, ReferencePrices reference, WantedEntry entry, Cycle cycle,
      @Nullable String listingsFailure) {
    if (!(matcher.evaluateStats(stats, entry.criteria(), reference) instanceof MatchResult.Matched match)) {
      return;
    }
    EntryOutcome outcome = cycle.outcomes.get(entry.id());
    outcome.matched(match.type());
    Money lowest = stats.lowestPrice();
    if (!repeatRule.allows(entry, lowest)) {
      return;
    }
    Alert alert = Alert.ofStats(entry, stats, match, policy.sellPageUrl(stats.releaseId()), listingsFailure,
        cycle.now);
    cycle.newAlerts += notificationLog.recordIfNew(alert, channels) ? 1 : 0;
  }
}
