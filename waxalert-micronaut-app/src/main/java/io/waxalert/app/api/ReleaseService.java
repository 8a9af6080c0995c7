package io.waxalert.app.api;

import io.micronaut.http.HttpStatus;
import io.waxalert.app.api.ReleasesController.ListingView;
import io.waxalert.app.api.ReleasesController.Marketplace;
import io.waxalert.app.api.ReleasesController.Point;
import io.waxalert.app.api.ReleasesController.PriceHistory;
import io.waxalert.app.api.ReleasesController.ReleaseView;
import io.waxalert.app.api.ReleasesController.SearchResult;
import io.waxalert.app.api.ReleasesController.SearchResults;
import io.waxalert.app.auth.SignInService;
import io.waxalert.app.monitor.BudgetOwner;
import io.waxalert.app.monitor.MarketData;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.settings.DiscogsProperties;
import io.waxalert.app.settings.MonitorProperties;
import io.waxalert.core.budget.SingleFlight;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.spi.ListingSourceException;
import io.waxalert.core.spi.PriceObservationStore;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsCredentials;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.DiscogsNotFoundException;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/**
 * The release routes' use cases: Discogs search and details, the market now, observed prices. Each
 * Discogs request spends the caller's share of the budget ({@link BudgetOwner}); the same search,
 * release or market asked for again within {@code market-max-age}, or while the first is in flight,
 * is answered from that one request, whoever asked ({@link SingleFlight}, {@link MarketData}).
 */
@Singleton
class ReleaseService {

  private static final Duration HISTORY = Duration.ofDays(365);
  private static final int SEARCH_LIMIT = 50;

  private final DiscogsClient discogs;
  private final SignInService signIn;
  private final PriceObservationStore observations;
  private final MarketData market;
  private final DiscogsProperties settings;
  private final WantedEntryStore entries;
  private final Clock clock;
  private final SingleFlight<String, SearchResults> searches;
  private final SingleFlight<Long, ReleaseInfo> releases;

  ReleaseService(DiscogsClient discogs, SignInService signIn, PriceObservationStore observations,
      MarketData market, DiscogsProperties settings, WantedEntryStore entries, MonitorProperties monitor,
      Clock clock) {
    this.discogs = discogs;
    this.signIn = signIn;
    this.observations = observations;
    this.market = market;
    this.settings = settings;
    this.entries = entries;
    this.clock = clock;
    this.searches = new SingleFlight<>(monitor.marketMaxAge(), clock);
    this.releases = new SingleFlight<>(monitor.marketMaxAge(), clock);
  }

  /** Discogs' database search, with the user's credentials (Discogs requires some). */
  SearchResults search(UserAccount user, String query) {
    DiscogsCredentials credentials = signIn.credentials(user).orElseThrow(() ->
        new ApiException(HttpStatus.UNAUTHORIZED, "WaxAlert has no Discogs sign-in for you any more; sign in again.", null));
    return searches.get(query.toLowerCase(java.util.Locale.ROOT), () ->
        BudgetOwner.as(user.discogsUsername(), () -> searchNow(credentials, query)));
  }

  private SearchResults searchNow(DiscogsCredentials credentials, String query) {
    try (Stream<io.waxalert.discogs.SearchResult> results = discogs.as(credentials).searchReleases(query)) {
      return new SearchResults(results.limit(SEARCH_LIMIT)
          .map(r -> new SearchResult(r.releaseId(), r.title(), r.year(),
              r.formats().isEmpty() ? null : String.join(", ", r.formats()), r.thumb()))
          .toList());
    }
  }

  ReleaseView release(UserAccount user, long id) {
    ReleaseInfo r = releases.get(id, () -> BudgetOwner.as(user.discogsUsername(), () -> fetch(id)));
    return new ReleaseView(r.releaseId(), r.title(), r.artists(), r.year(), ReleaseFormat.oneLine(r.formats()),
        r.coverImageUrl(), r.masterId(), settings.webUrl() + "/release/" + r.releaseId());
  }

  /**
   * The market now in the user's currency; listings where the source has them. Not recorded as an
   * observation: the price history holds only the monitor's own checks, so it shows nobody when, or
   * whether, another user looked a release up.
   */
  Marketplace marketplace(UserAccount user, long id) {
    return BudgetOwner.as(user.discogsUsername(), () -> marketNow(user, id));
  }

  private Marketplace marketNow(UserAccount user, long id) {
    MarketStats stats;
    try {
      stats = market.stats(id, user.currency());
    } catch (ListingSourceException e) {
      if (e.getCause() instanceof DiscogsNotFoundException) {
        throw ApiException.notFound("Discogs has no release " + id + "; check the link or number.");
      }
      if (e.getCause() instanceof DiscogsException discogsFailure) {
        throw discogsFailure; // answered as every Discogs failure is
      }
      throw e;
    }
    List<ListingView> listings = List.of();
    String listingsNote = null;
    if (market.providesListings() && !stats.nothingForSale()) {
      try {
        listings = market.listings(id, user.currency()).stream().map(ListingView::of).toList();
      } catch (ListingSourceException e) {
        // the stats are still the market: answer them and say why the single listings are missing
        listingsNote = e.getMessage();
      }
    }
    return new Marketplace(id, Json.money(stats.lowestPrice()),
        stats.lowestPrice() == null ? user.currency().name() : stats.lowestPrice().currency().name(),
        stats.numForSale(), stats.blockedFromSale(), listings, listingsNote, settings.webUrl() + "/sell/release/" + id);
  }

  /**
   * The observed prices of a release the user watches (itself, or as one of a master entry's
   * releases); any other id answers 404 as an unknown one does, so nobody learns what others watch.
   */
  PriceHistory priceHistory(UserAccount user, long id) {
    boolean watched = entries.findByOwner(user.discogsUsername()).stream()
        .anyMatch(entry -> entry.releaseIds().contains(id));
    if (!watched) {
      throw ApiException.notFound("release " + id + " is not on your wanted list, so it has no price history");
    }
    return new PriceHistory(id, observations.history(id, clock.instant().minus(HISTORY)).stream()
        .map(o -> new Point(Json.instant(o.observedAt()), Json.money(o.lowestPrice()),
            o.lowestPrice() == null ? null : o.lowestPrice().currency().name(), o.numForSale()))
        .toList());
  }

  private ReleaseInfo fetch(long id) {
    try {
      return discogs.release(id);
    } catch (DiscogsNotFoundException e) {
      throw ApiException.notFound("Discogs has no release " + id + "; check the link or number.");
    }
  }
}
