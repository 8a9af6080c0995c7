package io.waxalert.discogs.internal;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a price as the sell page shows it, for rows without the machine-readable attributes: a
 * symbol or ISO code before or after the amount ({@code €24.50}, {@code A$25.00}, {@code SEK 100.00},
 * {@code 100,00 €}, {@code +£3.20}), with thousands separators in either convention
 * ({@code €1,234.50}, {@code 1.234,50 €}, {@code ¥12,000}). Stateless.
 */
public final class PriceText {

  /** Longest first, so "CA$" is not read as "$". */
  private static final Map<String, Currency> SYMBOLS = symbols();
  /** Digits with separators, and groups of three after a (non-breaking) space: "1 234,50". */
  private static final Pattern AMOUNT =
      Pattern.compile("(?:\\d[\\d.,']*\\d|\\d)(?:[ \\u00a0\\u202f]\\d{3}(?!\\d)(?:[.,]\\d+)?)*");
  private static final Pattern THOUSANDS = Pattern.compile("[' \\u00a0\\u202f]");

  private PriceText() {}

  /** The price in {@code text}, empty when it names no amount or no currency Discogs trades in. */
  public static Optional<Money> parse(String text) {
    return parse(text, null);
  }

  /**
   * The price in {@code text}; an amount without symbol or code is taken to be in {@code assumed}
   * (a shipping line "+14.00" next to a euro price), or gives empty when that is null.
   */
  public static Optional<Money> parse(String text, @Nullable Currency assumed) {
    if (text == null) {
      return Optional.empty();
    }
    String clean = text.replace('\u00a0', ' ').strip();
    Matcher m = AMOUNT.matcher(clean);
    if (!m.find()) {
      return Optional.empty();
    }
    BigDecimal amount = amount(m.group());
    Currency currency = currencyAround(clean.substring(0, m.start()), clean.substring(m.end()));
    if (currency == null) {
      currency = assumed;
    }
    return amount == null || currency == null ? Optional.empty() : Optional.of(new Money(amount, currency));
  }

  private static @Nullable Currency currencyAround(String before, String after) {
    String prefix = before.strip().toUpperCase(Locale.ROOT);
    String suffix = after.strip().toUpperCase(Locale.ROOT);
    for (Map.Entry<String, Currency> symbol : SYMBOLS.entrySet()) {
      if (prefix.endsWith(symbol.getKey()) && standsAlone(prefix, prefix.length() - symbol.getKey().length())) {
        return symbol.getValue();
      }
    }
    for (Map.Entry<String, Currency> symbol : SYMBOLS.entrySet()) {
      if (suffix.startsWith(symbol.getKey())
          && (suffix.length() == symbol.getKey().length() || !Character.isLetter(suffix.charAt(symbol.getKey().length())))) {
        return symbol.getValue();
      }
    }
    return null;
  }

  /** A code is not the tail of a longer word ("ABOUTEUR" is no "EUR"); symbols always stand alone. */
  private static boolean standsAlone(String prefix, int start) {
    return start == 0 || !Character.isLetter(prefix.charAt(start - 1)) || !Character.isLetter(prefix.charAt(start));
  }

  /** "1,234.50", "1.234,50", "100,00", "12,000" (thousands), "1 234,50". */
  private static @Nullable BigDecimal amount(String raw) {
    String digits = THOUSANDS.matcher(raw).replaceAll("");
    int comma = digits.lastIndexOf(',');
    int dot = digits.lastIndexOf('.');
    char decimal;
    if (comma >= 0 && dot >= 0) {
      decimal = comma > dot ? ',' : '.';
    } else if (comma >= 0 || dot >= 0) {
      char only = comma >= 0 ? ',' : '.';
      int at = Math.max(comma, dot);
      boolean once = digits.indexOf(only) == at;
      // One separator before exactly three digits groups thousands ("¥12,000"); else it is the decimal point.
      decimal = once && digits.length() - at - 1 != 3 ? only : 0;
    } else {
      decimal = 0;
    }
    StringBuilder plain = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) {
      char c = digits.charAt(i);
      if (Character.isDigit(c)) {
        plain.append(c);
      } else if (c == decimal && i == digits.lastIndexOf(decimal)) {
        plain.append('.');
      }
    }
    try {
      BigDecimal amount = new BigDecimal(plain.toString());
      return Dtos.plausibleAmount(amount) ? amount : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, Currency> symbols() {
    Map<String, Currency> symbols = new LinkedHashMap<>();
    symbols.put("CA$", Currency.CAD);
    symbols.put("MX$", Currency.MXN);
    symbols.put("NZ$", Currency.NZD);
    symbols.put("US$", Currency.USD);
    symbols.put("A$", Currency.AUD);
    symbols.put("C$", Currency.CAD);
    symbols.put("R$", Currency.BRL);
    for (Currency currency : Currency.values()) {
      symbols.put(currency.name(), currency);
    }
    symbols.put("€", Currency.EUR);
    symbols.put("£", Currency.GBP);
    symbols.put("¥", Currency.JPY);
    symbols.put("￥", Currency.JPY);
    symbols.put("$", Currency.USD);
    return Collections.unmodifiableMap(symbols);
  }
}
