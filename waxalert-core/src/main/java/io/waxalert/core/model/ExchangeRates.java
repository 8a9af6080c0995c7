package io.waxalert.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Converts between Discogs' currencies. Implementations are thread-safe; an unknown pair answers
 * empty, and the matcher then reports the price as not judged rather than guessing.
 */
public interface ExchangeRates {

  /**
   * How many units of {@code to} one unit of {@code from} buys; 1 for the same currency.
   *
   * @param from the currency converted from
   * @param to the currency converted to
   * @return the rate, or empty when this source does not know the pair
   */
  Optional<BigDecimal> rate(Currency from, Currency to);

  /**
   * {@code money} in {@code to}, or empty when the pair is unknown.
   *
   * @param money the amount to convert
   * @param to the currency wanted
   * @return the converted amount, unrounded, or {@code money} itself when already in {@code to}
   */
  default Optional<Money> convert(Money money, Currency to) {
    if (money.currency() == to) {
      return Optional.of(money);
    }
    return rate(money.currency(), to).map(r -> new Money(money.amount().multiply(r), to));
  }

  /**
   * These rates, and {@code fallback}'s for the pairs these do not know: live rates before their
   * first fetch, say, backed by approximate fixed ones.
   *
   * @param fallback the rates asked for pairs these rates do not know
   * @return rates that consult this source first, then {@code fallback}
   * @throws NullPointerException if {@code fallback} is null
   */
  default ExchangeRates orElse(ExchangeRates fallback) {
    Objects.requireNonNull(fallback, "fallback");
    return (from, to) -> {
      Optional<BigDecimal> rate = rate(from, to);
      return rate.isPresent() ? rate : fallback.rate(from, to);
    };
  }
}
