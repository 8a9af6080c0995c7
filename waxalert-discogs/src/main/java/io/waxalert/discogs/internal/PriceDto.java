package io.waxalert.discogs.internal;

import java.math.BigDecimal;

/**
 * {@code {"value": 2.09, "currency": "USD"}}; both null for Discogs' {@code {}}. A value that is no
 * number makes the whole price unreadable rather than a price without amount.
 */
public record PriceDto(@Required BigDecimal value, String currency) {

  /** Something was sent, readable or not ({@code {}} is nothing). */
  public boolean isGiven() {
    return value != null || (currency != null && !currency.isBlank());
  }

  public boolean isPresent() {
    return value != null && currency != null && !currency.isBlank();
  }
}
