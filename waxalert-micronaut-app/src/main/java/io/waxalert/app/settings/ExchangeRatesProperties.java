package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import io.waxalert.discogs.EcbExchangeRates;
import jakarta.validation.constraints.NotNull;

/**
 * {@code waxalert.exchange-rates.*}.
 *
 * @param url the ECB's daily reference rates (refreshed every 6 hours); {@code none}: the built-in
 *     approximate rates only, for a machine that cannot reach the ECB
 */
@Context
@ConfigurationProperties("waxalert.exchange-rates")
public record ExchangeRatesProperties(
    @NotNull(message = "waxalert.exchange-rates.url must be set")
    @HttpUrl(property = "waxalert.exchange-rates.url", orNone = true,
        message = "{property} must be an http or https URL, or none")
    @Bindable(defaultValue = EcbExchangeRates.DEFAULT_URL) String url) {

  /** False with {@code none}: no live rates are fetched. */
  public boolean live() {
    return !url.trim().equalsIgnoreCase("none");
  }
}
