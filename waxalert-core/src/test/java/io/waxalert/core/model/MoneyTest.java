package io.waxalert.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

  @Test
  void keepsDiscogsUnroundedAmountsExactly() {
    Money money = Money.of("7.679804607882764", "USD");

    assertThat(money.amount()).isEqualTo(new BigDecimal("7.679804607882764"));
    assertThat(money.amountText()).isEqualTo("7.68");
    assertThat(money).hasToString("7.68 USD");
  }

  @Test
  void comparesAmountsRegardlessOfScale() {
    assertThat(Money.of("12.5", "EUR").compareTo(Money.of("12.50", "EUR"))).isZero();
    assertThat(Money.of("12.49", "EUR").isAtMost(Money.of("12.50", "EUR"))).isTrue();
  }

  @Test
  void refusesToCompareDifferentCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "EUR").compareTo(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("EUR").hasMessageContaining("USD");
  }

  @Test
  void rejectsNegativeAmounts() {
    assertThatThrownBy(() -> Money.of("-0.01", "EUR")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void lessPercentIsExact() {
    assertThat(Money.of("40.00", "EUR").lessPercent(30).amount()).isEqualByComparingTo("28.00");
  }

  @ParameterizedTest
  @ValueSource(strings = {"USD", "GBP", "EUR", "CAD", "AUD", "JPY", "CHF", "MXN", "BRL", "NZD", "SEK", "ZAR", "eur"})
  void acceptsTheTwelveDiscogsCurrencies(String code) {
    assertThat(Currency.parse(code).name()).isEqualTo(code.toUpperCase());
  }

  @ParameterizedTest
  @ValueSource(strings = {"PLN", "", "EURO", "US"})
  void rejectsOtherCurrenciesNamingTheSupportedOnes(String code) {
    assertThatThrownBy(() -> Currency.parse(code))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected one of").hasMessageContaining("ZAR");
  }
}
