package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;

/**
 * {@code waxalert.exchange-rates.*}.
 *
 * @param url the ECB's daily reference rates (refreshed every 6 hours); {@code none}: the built-in
 *     approximate rates only, for a machine that cannot reach the ECB
 */
@Context
@ConfigurationProperties("waxalert.exchange-rates")
public record ExchangeRatesProperties(
    @HttpUrl(property = "waxalert.exchange-rates.url", orNone = true,
        message = "{property} must be an http or https URL, or none")
    String url) {

  /** False with {@code none} (or nothing): no live rates are fetched. */
  public boolean live() {
    return !url.isBlank() && !url.trim().equalsIgnoreCase("none");
  }
}
