package io.waxalert.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MarketCacheTest {

  private final AtomicInteger fetches = new AtomicInteger();
  private Instant now = Instant.parse("2026-05-01T10:00:00Z");
  private final Clock clock = new Clock() {
    @Override public ZoneOffset getZone() { return ZoneOffset.UTC; }
    @Override public Clock withZone(java.time.ZoneId zone) { return this; }
    @Override public Instant instant() { return now; }
  };
  private final ListingSource source = (releaseId, currency) -> {
    fetches.incrementAndGet();
    return new MarketStats(releaseId, Money.of("10.00", currency.name()), 3, false);
  };

  @Test
  void tellsTheEngineWhatKindOfSourceItWraps() {
    MarketCache auto = new MarketCache(io.waxalert.core.testing.FakeListingSource.withListingsWhenNeeded(),
        Duration.ofMinutes(5), clock);
    MarketCache sellPage = new MarketCache(io.waxalert.core.testing.FakeListingSource.withListings(),
        Duration.ofMinutes(5), clock);

    assertThat(auto.providesListings()).isTrue();
    assertThat(auto.listingsOnlyWhenNeeded()).as("auto reads the sell page only where needed").isTrue();
    assertThat(sellPage.listingsOnlyWhenNeeded()).isFalse();
  }

  @Test
  void reusesStatsYoungerThanTheMaximumAge() {
    MarketCache cache = new MarketCache(source, Duration.ofMinutes(5), clock);

    cache.stats(1, Currency.EUR);
    now = now.plusSeconds(299);
    cache.stats(1, Currency.EUR);

    assertThat(fetches).hasValue(1);
  }

  @Test
  void fetchesAgainOnceStatsAreOlderThanTheMaximumAge() {
    MarketCache cache = new MarketCache(source, Duration.ofMinutes(5), clock);

    cache.stats(1, Currency.EUR);
    now = now.plusSeconds(300);
    cache.stats(1, Currency.EUR);

    assertThat(fetches).hasValue(2);
  }

  @Test
  void zeroMaximumAgeAlwaysFetchesAndCurrenciesAreKeptApart() {
    MarketCache never = new MarketCache(source, Duration.ZERO, clock);
    MarketCache cache = new MarketCache(source, Duration.ofMinutes(5), clock);

    never.stats(1, Currency.EUR);
    never.stats(1, Currency.EUR);
    cache.stats(1, Currency.EUR);
    cache.stats(1, Currency.USD);

    assertThat(fetches).hasValue(4);
  }

  @Test
  void failuresAreNotCached() {
    AtomicInteger calls = new AtomicInteger();
    MarketCache cache = new MarketCache((releaseId, currency) -> {
      calls.incrementAndGet();
      throw new ListingSourceException("blocked");
    }, Duration.ofMinutes(5), clock);

    assertThatThrownBy(() -> cache.stats(1, Currency.EUR)).isInstanceOf(ListingSourceException.class);
    assertThatThrownBy(() -> cache.stats(1, Currency.EUR)).isInstanceOf(ListingSourceException.class);
    assertThat(calls).hasValue(2);
  }
}
