package io.waxalert.core.monitor;

import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.PriceObservationStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a release is worth for the underpriced trigger, and the currency its market is fetched in,
 * for the group of entries wanting it.
 */
final class MarketReference {

  private final ListingSource source;
  private final PriceObservationStore observations;
  private final ExchangeRates rates;
  private final Clock clock;
  private final Duration window;

  MarketReference(ListingSource source, PriceObservationStore observations, ExchangeRates rates, Clock clock,
      Duration window) {
    this.source = source;
    this.observations = observations;
    this.rates = rates;
    this.clock = clock;
    this.window = window;
  }

  /**
   * The source's reference where it has one, else the trailing median of observed prices; none
   * when no entry of the group sets an underpriced percentage (it would cost a request for nothing).
   */
  ReferencePrices of(long releaseId, Currency currency, List<WantedEntry> group) {
    if (group.stream().noneMatch(entry -> entry.criteria().underpricedPercent() != null)) {
      return ReferencePrices.none();
    }
    ReferencePrices fromSource = source.referencePrices(releaseId, currency);
    if (fromSource.overall() != null) {
      return fromSource;
    }
    Instant since = clock.instant().minus(window);
    return fromSource.orOverall(
        ObservedReference.median(observations.history(releaseId, since), currency, rates).orElse(null));
  }

  /** The currency most of the group's entries use: one fetch serves them all. */
  static Currency currencyOf(List<WantedEntry> group) {
    if (group.size() == 1) {
      return group.get(0).currency();
    }
    Map<Currency, Integer> counts = new EnumMap<>(Currency.class);
    for (WantedEntry entry : group) {
      counts.merge(entry.currency(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }
}
