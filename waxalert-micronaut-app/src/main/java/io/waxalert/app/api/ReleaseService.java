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
import io.waxalert.app.http.ApiException;
import io.waxalert.app.settings.DiscogsProperties;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import io.waxalert.core.spi.PriceObservationStore;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsCredentials;
import io.waxalert.discogs.DiscogsNotFoundException;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.LoggerFactory;

/** The release routes' use cases: Discogs search and details, the market now, observed prices. */
@Singleton
class ReleaseService {

  private static final Duration HISTORY = Duration.ofDays(365);
  private static final int SEARCH_LIMIT = 50;

  private final DiscogsClient discogs;
  private final SignInService signIn;
  private final PriceObservationStore observations;
  private final ListingSource listingSource;
  private final DiscogsProperties settings;
  private final WantedEntryStore entries;
  private final Clock clock;

  ReleaseService(DiscogsClient discogs, SignInService signIn, PriceObservationStore observations,
      ListingSource listingSource, DiscogsProperties settings, WantedEntryStore entries, Clock clock) {
    this.discogs = discogs;
    this.signIn = signIn;
    this.observations = observations;
    this.listingSource = listingSource;
    this.settings = settings;
    this.entries = entries;
    this.clock = clock;
  }

  /** Discogs' database search, with the user's credentials (Discogs requires some). */
  SearchResults search(UserAccount user, String query) {
    DiscogsCredentials credentials = signIn.credentials(user).orElseThrow(() ->
        new ApiException(HttpStatus.UNAUTHORIZED, "WaxAlert has no Discogs sign-in for you any more; sign in again.",
            null));
    try (Stream<io.waxalert.discogs.SearchResult> results = discogs.as(credentials).searchReleases(query)) {
      return new SearchResults(results.limit(SEARCH_LIMIT)
          .map(r -> new SearchResult(r.releaseId(), r.title(), r.year(),
              r.formats().isEmpty() ? null : String.join(", ", r.formats()), r.thumb()))
          .toList());
    }
  }

  ReleaseView release(long id) {
    ReleaseInfo r = fetch(id);
    return new ReleaseView(r.releaseId(), r.title(), r.artists(), r.year(), ReleaseFormat.oneLine(r.formats()),
        r.coverImageUrl(), r.masterId(), settings.webUrl() + "/release/" + r.releaseId());
  }

  /**
   * The market now in the user's currency; listings where the source has them. Not recorded as an
   * observation: the price history holds only the monitor's own checks, so it shows nobody when, or
   * whether, another user looked a release up.
   */
  Marketplace marketplace(UserAccount user, long id) {
    MarketStats stats;
    try {
      stats = discogs.marketStats(id, user.currency());
    } catch (DiscogsNotFoundException e) {
      throw ApiException.notFound("Discogs has no release " + id + "; check the link or number.");
    }
    List<ListingView> listings = List.of();
    String listingsNote = null;
    if (listingSource.providesListings() && !stats.nothingForSale()) {
      try {
        listings = listingSource.listings(id, user.currency()).stream().map(ListingView::of).toList();
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
