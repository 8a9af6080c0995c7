package io.waxalert.core.model;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount in one of Discogs' currencies. Amounts are exact decimals, never binary floating point;
 * Discogs sends unrounded conversions (7.679804607882764), which are kept as they came.
 *
 * @param amount the amount in major units (euros, not cents), never negative
 * @param currency the currency
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

  /**
   * Validates the amount.
   *
   * @param amount the amount in major units (euros, not cents), never negative
   * @param currency the currency
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if the amount is negative
   */
  public Money {
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(currency, "currency");
    if (amount.signum() < 0) {
      throw new IllegalArgumentException("amount must not be negative");
    }
  }

  /**
   * {@code Money.of("12.50", "EUR")}.
   *
   * @param amount a decimal such as {@code "12.50"}
   * @param currency an ISO 4217 code Discogs trades in
   * @return the amount
   * @throws NumberFormatException if {@code amount} is not a decimal
   * @throws IllegalArgumentException if the currency is not supported or the amount is negative
   */
  public static Money of(String amount, String currency) {
    return new Money(new BigDecimal(amount), Currency.parse(currency));
  }

  /**
   * Same as the canonical constructor, for symmetry with {@link #of(String, String)}.
   *
   * @param amount the amount, never negative
   * @param currency the currency
   * @return the amount
   */
  public static Money of(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /**
   * The sum, for item price plus shipping.
   *
   * @param other an amount in the same currency
   * @return the sum, in this currency
   * @throws IllegalArgumentException for different currencies
   */
  public Money plus(Money other) {
    requireSameCurrency(other);
    return new Money(amount.add(other.amount), currency);
  }

  /**
   * This amount reduced by {@code percent} (0–100), e.g. the price a listing must reach to be 30 %
   * under.
   *
   * @param percent the reduction, 0 to 100
   * @return the reduced amount, in this currency, unrounded
   */
  public Money lessPercent(int percent) {
    BigDecimal factor = BigDecimal.valueOf(100L - percent).movePointLeft(2);
    return new Money(amount.multiply(factor), currency);
  }

  /**
   * Two-decimal display form, as in mails and JSON: {@code 12.50}.
   *
   * @return the amount rounded half up to two decimals, without currency
   */
  public String amountText() {
    return amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /**
   * Compares amounts of the same currency.
   *
   * @param other an amount in the same currency
   * @return negative, zero or positive as this amount is less than, equal to or more than
   *     {@code other}
   * @throws IllegalArgumentException for different currencies, which need {@code ExchangeRates}
   */
  @Override
  public int compareTo(Money other) {
    requireSameCurrency(other);
    return amount.compareTo(other.amount);
  }

  /**
   * Whether this amount is no more than {@code other}, as a maximum-price rule asks.
   *
   * @param other an amount in the same currency
   * @return true when this amount is less than or equal to {@code other}
   * @throws IllegalArgumentException for different currencies
   */
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
