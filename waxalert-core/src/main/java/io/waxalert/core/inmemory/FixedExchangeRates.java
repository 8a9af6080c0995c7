package io.waxalert.core.inmemory;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Exchange rates from a fixed table of "units per 1 EUR" (the way the ECB publishes them). Cross
 * rates go through the euro. Immutable and thread-safe.
 */
public final class FixedExchangeRates implements ExchangeRates {

  /**
   * Ten significant digits are far beyond what a price needs, and keep converted amounts small
   * enough for BigDecimal's fast compact arithmetic on the matcher's hot path.
   */
  private static final MathContext PRECISION = new MathContext(10);

  private final BigDecimal[][] table;

  private FixedExchangeRates(Map<Currency, BigDecimal> perEuro) {
    // not new EnumMap<>(perEuro): that copy constructor refuses an empty map that is no EnumMap
    Map<Currency, BigDecimal> rates = new EnumMap<>(Currency.class);
    rates.putAll(perEuro);
    rates.put(Currency.EUR, BigDecimal.ONE);
    Currency[] all = Currency.values();
    table = new BigDecimal[all.length][all.length];
    for (Currency from : all) {
      for (Currency to : all) {
        BigDecimal fromRate = rates.get(from);
        BigDecimal toRate = rates.get(to);
        if (from == to) {
          table[from.ordinal()][to.ordinal()] = BigDecimal.ONE;
        } else if (fromRate != null && toRate != null) {
          table[from.ordinal()][to.ordinal()] = toRate.divide(fromRate, PRECISION);
        }
      }
    }
  }

  /**
   * Rates given as units of each currency per 1 EUR; currencies left out have no rate.
   *
   * @param perEuro units of each currency one euro buys, e.g. {@code USD → 1.15}; EUR itself is
   *     implied
   * @return the rates
   * @throws IllegalArgumentException for a rate that is not positive
   */
  public static FixedExchangeRates perEuro(Map<Currency, BigDecimal> perEuro) {
    perEuro.forEach((currency, rate) -> {
      if (rate.signum() <= 0) {
        throw new IllegalArgumentException("rate of " + currency + " must be positive");
      }
    });
    return new FixedExchangeRates(perEuro);
  }

  /**
   * Only same-currency "conversions": every foreign price is then left unjudged.
   *
   * @return rates knowing no pair of different currencies
   */
  public static FixedExchangeRates identityOnly() {
    return new FixedExchangeRates(Map.of());
  }

  /**
   * Round, plausible euro rates for Discogs' currencies: an offline default for examples, tests and
   * benchmarks. Not current market rates; a service uses a live source such as the ECB's.
   *
   * @return the approximate rates
   */
  public static FixedExchangeRates approximate() {
    Map<Currency, BigDecimal> rates = new EnumMap<>(Currency.class);
    rates.put(Currency.USD, new BigDecimal("1.1523"));
    rates.put(Currency.GBP, new BigDecimal("0.8794"));
    rates.put(Currency.CAD, new BigDecimal("1.6205"));
    rates.put(Currency.AUD, new BigDecimal("1.7781"));
    rates.put(Currency.JPY, new BigDecimal("181.12"));
    rates.put(Currency.CHF, new BigDecimal("0.9318"));
    rates.put(Currency.MXN, new BigDecimal("21.187"));
    rates.put(Currency.BRL, new BigDecimal("6.1580"));
    rates.put(Currency.NZD, new BigDecimal("2.0533"));
    rates.put(Currency.SEK, new BigDecimal("10.9915"));
    rates.put(Currency.ZAR, new BigDecimal("19.9604"));
    return new FixedExchangeRates(rates);
  }

  @Override
  public Optional<BigDecimal> rate(Currency from, Currency to) {
    return Optional.ofNullable(table[from.ordinal()][to.ordinal()]);
  }
}
