package io.waxalert.discogs.internal;

import java.math.BigDecimal;

/** {@code {"value": 2.09, "currency": "USD"}}; both null for Discogs' {@code {}}. */
public record PriceDto(BigDecimal value, String currency) {

  public boolean isPresent() {
    return value != null && currency != null && !currency.isBlank();
  }
}
