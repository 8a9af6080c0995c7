package io.waxalert.discogs;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.stubFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.verify;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockRuntimeInfo;
import com.github.tomakehurst.wiremock.junit5.WireMockTest;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

@WireMockTest
class EcbExchangeRatesTest {

  private static final String PATH = "/stats/eurofxref/eurofxref-daily.xml";

  private static EcbExchangeRates rates(WireMockRuntimeInfo wm, Clock clock) {
    return new EcbExchangeRates(URI.create(wm.getHttpBaseUrl() + PATH), Duration.ofHours(6), Duration.ofMinutes(5),
        clock, "WaxAlertTest/1.0");
  }

  private static void serveXml() {
    stubFor(get(PATH).willReturn(aResponse().withHeader("Content-Type", "text/xml")
        .withBody(Fixtures.own("ecb-eurofxref-daily.xml"))));
  }

  @Test
  void convertsThroughTheEuroWithTheEcbTable(WireMockRuntimeInfo wm) {
    serveXml();
    EcbExchangeRates rates = rates(wm, new FakeTime(Instant.parse("2026-11-24T08:00:00Z")));

    assertThat(rates.rate(Currency.EUR, Currency.USD)).contains(new BigDecimal("1.1600"));
    assertThat(rates.rate(Currency.USD, Currency.GBP)).hasValueSatisfying(
        r -> assertThat(r).isEqualByComparingTo(new BigDecimal("0.88").divide(new BigDecimal("1.16"), new java.math.MathContext(10))));
    assertThat(rates.convert(Money.of("11.60", "USD"), Currency.EUR))
        .hasValueSatisfying(m -> assertThat(m.amountText()).isEqualTo("10.00"));
    assertThat(rates.referenceDate()).contains(LocalDate.parse("2026-11-23"));
  }

  @Test
  void tableIsFetchedOnceWhileFresh(WireMockRuntimeInfo wm) {
    serveXml();
    FakeTime clock = new FakeTime(Instant.parse("2026-11-24T08:00:00Z"));
    EcbExchangeRates rates = rates(wm, clock);

    rates.rate(Currency.EUR, Currency.USD);
    clock.advance(Duration.ofHours(5));
    rates.rate(Currency.EUR, Currency.JPY);

    verify(1, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void failedRefreshKeepsTheStaleTable(WireMockRuntimeInfo wm) {
    serveXml();
    FakeTime clock = new FakeTime(Instant.parse("2026-11-24T08:00:00Z"));
    EcbExchangeRates rates = rates(wm, clock);
    rates.rate(Currency.EUR, Currency.USD);

    stubFor(get(PATH).willReturn(aResponse().withStatus(503)));
    clock.advance(Duration.ofHours(7));

    assertThat(rates.rate(Currency.EUR, Currency.USD)).contains(new BigDecimal("1.1600"));
    rates.rate(Currency.EUR, Currency.GBP); // within the retry pause: no new attempt
    verify(2, getRequestedFor(urlPathEqualTo(PATH)));
  }

  @Test
  void garbageAnswerAlsoKeepsTheStaleTable(WireMockRuntimeInfo wm) {
    serveXml();
    FakeTime clock = new FakeTime(Instant.parse("2026-11-24T08:00:00Z"));
    EcbExchangeRates rates = rates(wm, clock);
    rates.rate(Currency.EUR, Currency.USD);

    stubFor(get(PATH).willReturn(aResponse().withBody("<html>maintenance</html>")));
    clock.advance(Duration.ofHours(7));

    assertThat(rates.rate(Currency.EUR, Currency.CHF)).contains(new BigDecimal("0.9300"));
  }

  @Test
  void withoutAnyTableForeignPairsAreUnknownButSameCurrencyIsOne(WireMockRuntimeInfo wm) {
    stubFor(get(PATH).willReturn(aResponse().withStatus(500)));
    EcbExchangeRates rates = rates(wm, new FakeTime(Instant.parse("2026-11-24T08:00:00Z")));

    assertThat(rates.rate(Currency.EUR, Currency.USD)).isEmpty();
    assertThat(rates.rate(Currency.SEK, Currency.SEK)).contains(BigDecimal.ONE);
  }
}
