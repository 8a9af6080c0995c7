package io.waxalert.core.budget;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Money;
import java.util.Optional;

/** How far a release's last lowest price is above an entry's maximum, relatively. */
final class Nearness {

  private Nearness() {}

  /**
   * {@code (lowest − max) / max} with the lowest price in the maximum's currency: 0.1 is 10 % above
   * the maximum, negative is below it. {@code NaN} when either is unknown or the pair of currencies
   * has no rate.
   */
  static double distance(@Nullable Money lowest, @Nullable Money max, ExchangeRates rates) {
    if (lowest == null || max == null) {
      return Double.NaN;
    }
    Optional<Money> converted = rates.convert(lowest, max.currency());
    if (converted.isEmpty()) {
      return Double.NaN;
    }
    double maximum = max.amount().doubleValue();
    return (converted.get().amount().doubleValue() - maximum) / maximum;
  }
}
