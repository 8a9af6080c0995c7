package io.waxalert.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceTextTest {

  @ParameterizedTest(name = "{0} is {1} {2}")
  @CsvSource(delimiter = '|', textBlock = """
      €24.50            | 24.50    | EUR
      £1,250.00         | 1250.00  | GBP
      $9,000.00         | 9000.00  | USD
      ¥12,000           | 12000    | JPY
      A$25.00           | 25.00    | AUD
      CA$30.00          | 30.00    | CAD
      MX$450.00         | 450.00   | MXN
      NZ$42.00          | 42.00    | NZD
      R$120,00          | 120.00   | BRL
      US$5.00           | 5.00     | USD
      SEK 100.00        | 100.00   | SEK
      CHF 12.50         | 12.50    | CHF
      ZAR 350.00        | 350.00   | ZAR
      100,00 €          | 100.00   | EUR
      100,00 EUR        | 100.00   | EUR
      €1,234.50         | 1234.50  | EUR
      1.234,50 €        | 1234.50  | EUR
      1 234,50 €        | 1234.50  | EUR
      CHF 1'234.50      | 1234.50  | CHF
      +€14.00           | 14.00    | EUR
      +$5.00            | 5.00     | USD
      about €7,650.00   | 7650.00  | EUR
      €12.5             | 12.5     | EUR
      '  £ 3.20  '      | 3.20     | GBP
      """)
  void readsTheShownPriceWithItsSymbolOrCode(String text, String amount, Currency currency) {
    assertThat(PriceText.parse(text)).hasValue(new Money(new BigDecimal(amount), currency));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "shipping", "+no extra shipping", "12.50", "12.50 XYZ", "Price on request"})
  void withoutAnAmountOrACurrencyThereIsNoPrice(String text) {
    assertThat(PriceText.parse(text)).isEmpty();
  }

  @ParameterizedTest(name = "{0} next to a euro price")
  @CsvSource(delimiter = '|', textBlock = """
      +14.00   | 14.00 | EUR
      +£3.20   | 3.20  | GBP
      +$5.00   | 5.00  | USD
      """)
  void anAmountWithoutSymbolIsInTheAssumedCurrencyAndASymbolWins(String text, String amount, Currency currency) {
    assertThat(PriceText.parse(text, Currency.EUR)).hasValue(new Money(new BigDecimal(amount), currency));
  }
}
