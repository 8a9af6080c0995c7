package io.waxalert.core.monitor;

import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Money;
import io.waxalert.core.spi.NotificationLog;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** Market-stats alerts repeat only for a lower lowest price than the last one alerted. */
final class StatsRepeatRule {

  private final NotificationLog log;
  private final ExchangeRates rates;

  StatsRepeatRule(NotificationLog log, ExchangeRates rates) {
    this.log = log;
    this.rates = rates;
  }

  boolean allows(WantedEntry entry, Money lowest) {
    Optional<Money> last = log.lastStatsAlertPrice(entry.id());
    if (last.isEmpty()) {
      return true;
    }
    Optional<Money> comparable = rates.convert(lowest, last.get().currency());
    // Compared to the cent, as collectors see prices (and as a database may keep them): 11.999
    // after an alerted 12.00 is not a lower price.
    return comparable.isPresent() && toCents(comparable.get()).compareTo(toCents(last.get())) < 0;
  }

  private static BigDecimal toCents(Money money) {
    return money.amount().setScale(2, RoundingMode.HALF_UP);
  }
}
