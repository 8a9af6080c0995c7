package io.waxalert.core.model;

import java.util.Locale;

/** The currencies Discogs' marketplace supports, and only those. */
public enum Currency {
  /** US dollar. */
  USD,
  /** Pound sterling. */
  GBP,
  /** Euro. */
  EUR,
  /** Canadian dollar. */
  CAD,
  /** Australian dollar. */
  AUD,
  /** Japanese yen. */
  JPY,
  /** Swiss franc. */
  CHF,
  /** Mexican peso. */
  MXN,
  /** Brazilian real. */
  BRL,
  /** New Zealand dollar. */
  NZD,
  /** Swedish krona. */
  SEK,
  /** South African rand. */
  ZAR;

  /**
   * Parses an ISO 4217 code (case-insensitive).
   *
   * @param code the code, such as {@code "eur"}; null and blank are rejected like any unknown code
   * @return the currency
   * @throws IllegalArgumentException naming the supported codes when Discogs does not trade in it
   */
  public static Currency parse(String code) {
    String normalized = code == null ? "" : code.trim().toUpperCase(Locale.ROOT);
    for (Currency currency : values()) {
      if (currency.name().equals(normalized)) {
        return currency;
      }
    }
    throw new IllegalArgumentException(
        "unsupported currency '" + code + "', expected one of " + java.util.Arrays.toString(values()));
  }
}
