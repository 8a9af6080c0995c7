package io.waxalert.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** The service converts prices with the ECB's daily rates (here the fake ECB's). */
@MicronautTest
class ExchangeRatesWiringTest extends ServiceTest {

  @Inject
  ExchangeRates rates;

  @Test
  void ratesAreTheEcbsOfTheDay() {
    assertThat(rates.rate(Currency.EUR, Currency.USD).orElseThrow()).isEqualByComparingTo("1.05");
    assertThat(rates.rate(Currency.GBP, Currency.USD).orElseThrow()).isEqualByComparingTo("1.235294118");
    assertThat(rates.rate(Currency.EUR, Currency.USD))
        .isNotEqualTo(FixedExchangeRates.approximate().rate(Currency.EUR, Currency.USD));
  }
}
