package io.waxalert.app.monitor;

import io.waxalert.core.budget.SingleFlight;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.discogs.DiscogsNotFoundException;
import io.waxalert.persistence.JdbcReleaseMarkets;
import io.waxalert.persistence.ReleaseMarket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * One fetch serves everyone ({@code waxalert.monitor.market-max-age}): every need of a release's
 * market data — the background pass, any user's check-all, {@code /api/releases/{id}/marketplace} —
 * within {@code market-max-age} of a fetch, or while one is in flight, costs no further Discogs
 * request. In this instance the core's {@link SingleFlight} joins concurrent needs; across instances
 * the {@code release_markets} row of the last fetch serves them. The market is keyed by release, not
 * currency: a need in another currency is converted from the fetched one (a fresh fetch only when no
 * rate is known). A release's listings (its sell page) are shared the same way within this instance:
 * every need within {@code market-max-age} of a read, or while one is in flight, gets that read (the
 * page shows sellers' prices, so no currency is applied). Failures serve nobody: the next need
 * fetches again. Every stats attempt is recorded for the budget planner. Reference prices pass
 * through. Thread-safe.
 */
public final class MarketData implements ListingSource {

  private final ListingSource delegate;
  private final JdbcReleaseMarkets markets;
  private final ExchangeRates rates;
  private final Duration maxAge;
  private final Clock clock;
  private final SingleFlight<Long, MarketStats> flights;
  /** Held for {@code market-max-age}: at most a budget's worth of sell pages (one request each). */
  private final SingleFlight<Long, List<Listing>> listingReads;

  public MarketData(ListingSource delegate, JdbcReleaseMarkets markets, ExchangeRates rates, Duration maxAge,
      Clock clock) {
    this.delegate = delegate;
    this.markets = markets;
    this.rates = rates;
    this.maxAge = maxAge;
    this.clock = clock;
    this.flights = new SingleFlight<>(maxAge, clock);
    this.listingReads = new SingleFlight<>(maxAge, clock);
  }

  @Override
  public MarketStats stats(long releaseId, Currency currency) {
    MarketStats shared = flights.get(releaseId, () -> load(releaseId, currency));
    Money lowest = shared.lowestPrice();
    if (lowest == null || lowest.currency() == currency) {
      return shared;
    }
    Optional<Money> converted = rates.convert(lowest, currency);
    return converted.map(m -> new MarketStats(releaseId, m, shared.numForSale(), shared.blockedFromSale(),
            shared.fetchedAt()))
        .orElseGet(() -> fetch(releaseId, currency));
  }

  private MarketStats load(long releaseId, Currency currency) {
    if (!maxAge.isZero()) {
      Instant since = clock.instant().minus(maxAge);
      Optional<MarketStats> recent = markets.find(releaseId).filter(m -> m.succeeded() && m.freshSince(since))
          .flatMap(m -> m.stats().map(stats -> stats.withFetchedAt(m.fetchedAt())));
      if (recent.isPresent()) {
        return recent.get(); // another instance fetched it moments ago
      }
    }
    return fetch(releaseId, currency);
  }

  private MarketStats fetch(long releaseId, Currency currency) {
    try {
      Instant now = clock.instant();
      // stamped with its fetch time, so a check that reuses it can say how old its figures are
      MarketStats stats = delegate.stats(releaseId, currency).withFetchedAt(now);
      markets.record(ReleaseMarket.fetched(stats, currency, now));
      return stats;
    } catch (RuntimeException e) {
      boolean notFound = e.getCause() instanceof DiscogsNotFoundException || e instanceof DiscogsNotFoundException;
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      markets.record(ReleaseMarket.failed(releaseId, currency, clock.instant(), notFound, why));
      throw e;
    }
  }

  @Override
  public String description() {
    return delegate.description() + ", fetched once per release for every entry";
  }

  @Override
  public boolean providesListings() {
    return delegate.providesListings();
  }

  @Override
  public boolean listingsOnlyWhenNeeded() {
    return delegate.listingsOnlyWhenNeeded();
  }

  @Override
  public List<Listing> listings(long releaseId, Currency currency) {
    return listingReads.get(releaseId, () -> List.copyOf(delegate.listings(releaseId, currency)));
  }

  @Override
  public ReferencePrices referencePrices(long releaseId, Currency currency) {
    return delegate.referencePrices(releaseId, currency);
  }
}
