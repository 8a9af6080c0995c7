package io.waxalert.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in one of Discogs' currencies. Amounts are exact decimals, never binary floating point;
 * Discogs sends unrounded conversions (7.679804607882764), which are kept as they came.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative");
    }
  }

  /** {@code Money.of("12.50", "EUR")}. */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), Currency.parse(currency));
  }

  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /** This amount reduced by {@code percent} (0–100), e.g. the price a listing must reach to be 30 % under. */
  public Money lessPercent(int percent) {
    BigDecimal factor = BigDecimal.valueOf(100L - percent).movePointLeft(2);
    return new Money(amount.multiply(factor), currency);
  }

  /** Two-decimal display form, as in mails and JSON: {@code 12.50}. */
  public String amountText() {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Compares amounts of the same currency.
   *
   * @throws IllegalArgumentException for different currencies, which need {@code ExchangeRates}
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  public boolean isAtMost(Money other) {
    return compareTo(other) <= 0;
  }

  private void requireSameCurrency(Money other) {
    if (currency != other.currency) {
      throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
    }
  }

  @Override
  public String toString() {
    return amountText() + " " + currency;
  }
}
