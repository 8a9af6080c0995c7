package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.discogs.internal.EcbRatesParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exchange rates from the European Central Bank's daily reference rates, cross rates through the
 * euro. The table is fetched when older than {@code maxAge}; when a refresh fails the last table
 * stays in use (stale but usable) and the next attempt waits {@code retryAfterFailure}. Before any
 * table was fetched, every foreign pair answers empty. Thread-safe.
 */
public final class EcbExchangeRates implements ExchangeRates {

  /** The ECB's daily reference rates, as XML. */
  public static final String DEFAULT_URL = "https://www.ecb.europa.eu/stats/eurofxref/eurofxref-daily.xml";
  private static final Logger LOG = LoggerFactory.getLogger(EcbExchangeRates.class);

  private record Table(FixedExchangeRates rates, LocalDate date, Instant fetched) {}

  private final URI url;
  private final Duration maxAge;
  private final Duration retryAfterFailure;
  private final Clock clock;
  private final String userAgent;
  private final HttpClient http;
  private volatile @Nullable Table table;
  private volatile @Nullable Instant lastFailure;

  /**
   * @param clock the time of fetches and ages
   * @param userAgent sent to the ECB
   * @param url the daily XML, {@link #DEFAULT_URL} in production
   * @param maxAge how long a fetched table is fresh; the ECB publishes once a working day around 16:00 CET
   * @param retryAfterFailure how long to keep the stale table before trying again after a failed refresh
   */
  public EcbExchangeRates(URI url, Duration maxAge, Duration retryAfterFailure, Clock clock, String userAgent) {
    this.url = Objects.requireNonNull(url, "url");
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.retryAfterFailure = Objects.requireNonNull(retryAfterFailure, "retryAfterFailure");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
    this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
        .followRedirects(HttpClient.Redirect.NORMAL).build();
  }

  /**
   * The ECB's URL, refreshed every 6 hours, retried 5 minutes after a failure.
   *
   * @return the rates; nothing is fetched before the first rate is asked for
   */
  public static EcbExchangeRates create() {
    return new EcbExchangeRates(URI.create(DEFAULT_URL), Duration.ofHours(6), Duration.ofMinutes(5),
        Clock.systemUTC(), DiscogsClientConfig.DEFAULT_USER_AGENT);
  }

  @Override
  public Optional<BigDecimal> rate(Currency from, Currency to) {
    if (from == to) {
      return Optional.of(BigDecimal.ONE);
    }
    Table current = current();
    return current == null ? Optional.empty() : current.rates().rate(from, to);
  }

  /**
   * The ECB reference date of the table in use, empty before the first successful fetch.
   *
   * @return the date, or empty
   */
  public Optional<LocalDate> referenceDate() {
    Table current = current();
    return current == null ? Optional.empty() : Optional.of(current.date());
  }

  private Table current() {
    Table current = table;
    Instant now = clock.instant();
    if (current != null && current.fetched().plus(maxAge).isAfter(now)) {
      return current;
    }
    synchronized (this) {
      current = table;
      if (current != null && current.fetched().plus(maxAge).isAfter(now)) {
        return current;
      }
      Instant failed = lastFailure;
      if (failed != null && failed.plus(retryAfterFailure).isAfter(now)) {
        return current;
      }
      try {
        EcbRatesParser.EcbRates parsed = EcbRatesParser.parse(fetch());
        table = new Table(FixedExchangeRates.perEuro(parsed.perEuro()), parsed.date(), now);
        lastFailure = null;
        return table;
      } catch (IOException | RuntimeException e) {
        lastFailure = now;
        LOG.warn("ECB rates refresh failed{}: {}", current == null ? "" : ", keeping those of " + current.date(),
            e.getMessage());
        return current;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return current;
      }
    }
  }

  private String fetch() throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(20))
        .header("User-Agent", userAgent).GET().build();
    HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IOException("ECB answered " + response.statusCode());
    }
    return response.body();
  }
}
