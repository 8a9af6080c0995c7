package io.waxalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.inmemory.FixedExchangeRates;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ExchangeRatesTest {

  private final ExchangeRates live = FixedExchangeRates.perEuro(Map.of(Currency.USD, new BigDecimal("1.10")));
  private final ExchangeRates approximate = FixedExchangeRates.perEuro(Map.of(
      Currency.USD, new BigDecimal("1.20"), Currency.GBP, new BigDecimal("0.90")));

  @Test
  void orElseAnswersWithTheFirstRatesWhereTheyKnowThePair() {
    ExchangeRates rates = live.orElse(approximate);

    assertThat(rates.rate(Currency.EUR, Currency.USD).orElseThrow()).isEqualByComparingTo("1.10");
    assertThat(rates.convert(Money.of(new BigDecimal("10.00"), Currency.EUR), Currency.USD).orElseThrow().amount())
        .isEqualByComparingTo("11.00");
  }

  @Test
  void orElseFallsBackForPairsTheFirstRatesDoNotKnow() {
    ExchangeRates rates = live.orElse(approximate);

    assertThat(rates.rate(Currency.EUR, Currency.GBP).orElseThrow()).isEqualByComparingTo("0.90");
    assertThat(rates.rate(Currency.EUR, Currency.JPY)).isEmpty();
  }

  @Test
  void orElseOverRatesThatKnowNothingYetIsTheFallback() {
    ExchangeRates rates = FixedExchangeRates.identityOnly().orElse(approximate);

    assertThat(rates.rate(Currency.USD, Currency.GBP)).isEqualTo(approximate.rate(Currency.USD, Currency.GBP));
    assertThat(rates.rate(Currency.SEK, Currency.SEK).orElseThrow()).isEqualByComparingTo("1");
  }
}
