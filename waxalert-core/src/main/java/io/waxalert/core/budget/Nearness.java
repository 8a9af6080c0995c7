package io.waxalert.core.budget;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Money;
import java.time.Duration;
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

  /**
   * How much the other owners' entries count beside the owner's own when ranking a due release:
   * the fetch serves them too, but it is the owner's share that pays.
   */
  static final double OTHERS = 0.5;

  /**
   * How likely a release is to hold an alert, by how near its last lowest price is to a maximum:
   * {@code exp(−distance / nearMaximum)}, 1 at or below a maximum, 0.37 at {@code nearMaximum}
   * above it, 0.02 at four times that. An unknown distance weighs as one at {@code nearMaximum}.
   */
  static double weight(double distance, BudgetPolicy policy) {
    return Double.isNaN(distance) ? Math.exp(-1) : Math.exp(-Math.max(0, distance) / policy.nearMaximum());
  }

  /** An age in intervals. */
  static double intervals(Duration age, BudgetPolicy policy) {
    return age.toMillis() / (double) policy.interval().toMillis();
  }
}
