package io.waxalert.core.monitor;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.PriceObservation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The trailing median of the lowest prices WaxAlert observed for a release: the underpriced
 * trigger's yardstick when the listing source offers no reference of its own.
 */
final class ObservedReference {

  /** Fewer observations than this say too little about a release's usual price. */
  static final int MIN_OBSERVATIONS = 3;

  private ObservedReference() {}

  static Optional<Money> median(List<PriceObservation> history, Currency currency, ExchangeRates rates) {
    List<Money> prices = new ArrayList<>();
    for (PriceObservation observation : history) {
      if (observation.lowestPrice() != null) {
        rates.convert(observation.lowestPrice(), currency).ifPresent(prices::add);
      }
    }
    if (prices.size() < MIN_OBSERVATIONS) {
      return Optional.empty();
    }
    prices.sort(null);
    int middle = prices.size() / 2;
    if (prices.size() % 2 == 1) {
      return Optional.of(prices.get(middle));
    }
    Money sum = prices.get(middle - 1).plus(prices.get(middle));
    return Optional.of(new Money(sum.amount().divide(java.math.BigDecimal.valueOf(2)), currency));
  }
}
