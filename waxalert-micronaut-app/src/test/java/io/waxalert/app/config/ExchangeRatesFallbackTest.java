package io.waxalert.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An ECB that cannot be reached leaves the service on approximate rates, not without any. */
@MicronautTest
class ExchangeRatesFallbackTest extends ServiceTest {

  @Inject
  ExchangeRates rates;

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("waxalert.exchange-rates.url", FakeDiscogs.url() + "/ecb/no-such-table.xml");
    return p;
  }

  @Test
  void unreachableEcbFallsBackToApproximateRates() {
    for (Currency to : Currency.values()) {
      assertThat(rates.rate(Currency.EUR, to)).as(to.name())
          .isEqualTo(FixedExchangeRates.approximate().rate(Currency.EUR, to));
    }
  }
}
