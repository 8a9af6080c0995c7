package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.app.auth.SignInService;
import io.waxalert.app.config.DiscogsProperties;
import io.waxalert.app.discogs.DiscogsCredentials;
import io.waxalert.app.discogs.DiscogsGateway;
import io.waxalert.app.discogs.DiscogsNotFoundException;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.spi.PriceObservationStore;
import io.waxalert.persistence.UserAccount;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** Discogs release data for the signed-in user: search, details, market and observed prices. */
@Controller("/api/releases")
@Secured(SecurityRule.IS_AUTHENTICATED)
class ReleasesController {

  private static final Duration HISTORY = Duration.ofDays(365);

  private final CurrentUser currentUser;
  private final SignInService signIn;
  private final DiscogsGateway discogs;
  private final PriceObservationStore observations;
  private final DiscogsProperties config;
  private final Clock clock;
  private final ListingSource listingSource;

  ReleasesController(CurrentUser currentUser, SignInService signIn, DiscogsGateway discogs,
      PriceObservationStore observations, DiscogsProperties config, Clock clock,
      ListingSource listingSource) {
    this.listingSource = listingSource;
    this.currentUser = currentUser;
    this.signIn = signIn;
    this.discogs = discogs;
    this.observations = observations;
    this.config = config;
    this.clock = clock;
  }

  @Get("/search")
  @Operation(summary = "Search Discogs' database for releases")
  SearchResults search(Authentication auth, @Nullable @QueryValue String q) {
    String query = q == null ? "" : q.trim();
    if (query.isEmpty() || query.length() > 200) {
      throw ApiException.badRequest("q", "must be 1 to 200 characters");
    }
    UserAccount user = currentUser.of(auth);
    DiscogsCredentials credentials = signIn.credentials(user).orElseThrow(() ->
        new ApiException(HttpStatus.UNAUTHORIZED, "no Discogs credentials stored; sign in again", null));
    return new SearchResults(discogs.search(query, credentials).stream()
        .map(h -> new SearchResult(h.id(), h.title(), h.year(), h.format(), h.thumb())).toList());
  }

  @Get("/{id}")
  @Operation(summary = "Release details from Discogs")
  ReleaseView release(Authentication auth, @PathVariable long id) {
    currentUser.of(auth);
    DiscogsGateway.ReleaseDetails r = fetch(id);
    return new ReleaseView(r.id(), r.title(), r.artists(), r.year(), r.format(), r.coverImageUrl(),
        r.masterId(), config.webUrl() + "/release/" + r.id());
  }

  @Get("/{id}/marketplace")
  @Operation(summary = "Lowest price and number for sale now, in the caller's currency")
  Marketplace marketplace(Authentication auth, @PathVariable long id) {
    UserAccount user = currentUser.of(auth);
    requirePositive(id);
    MarketStats stats;
    try {
      stats = discogs.marketStats(id, user.currency());
    } catch (DiscogsNotFoundException e) {
      throw ApiException.notFound("release " + id + " is not on Discogs");
    }
    observations.record(PriceObservation.of(stats, clock.instant()));
    List<ListingView> listings = List.of();
    if (listingSource.providesListings() && !stats.nothingForSale()) {
      try {
        listings = listingSource.listings(id, user.currency()).stream().map(ListingView::of).toList();
      } catch (ListingSourceException e) {
        throw new ApiException(HttpStatus.BAD_GATEWAY, "the listings of release " + id
            + " could not be fetched: " + e.getMessage(), null);
      }
    }
    return new Marketplace(id, Json.money(stats.lowestPrice()),
        stats.lowestPrice() == null ? user.currency().name() : stats.lowestPrice().currency().name(),
        stats.numForSale(), stats.blockedFromSale(), listings,
        config.webUrl() + "/sell/release/" + id);
  }

  @Get("/{id}/price-history")
  @Operation(summary = "Observed lowest price and number for sale over the last year")
  PriceHistory priceHistory(Authentication auth, @PathVariable long id) {
    currentUser.of(auth);
    requirePositive(id);
    return new PriceHistory(id, observations.history(id, clock.instant().minus(HISTORY)).stream()
        .map(o -> new Point(Json.instant(o.observedAt()), Json.money(o.lowestPrice()),
            o.lowestPrice() == null ? null : o.lowestPrice().currency().name(), o.numForSale()))
        .toList());
  }

  private DiscogsGateway.ReleaseDetails fetch(long id) {
    requirePositive(id);
    try {
      return discogs.release(id);
    } catch (DiscogsNotFoundException e) {
      throw ApiException.notFound("release " + id + " is not on Discogs");
    }
  }

  private static void requirePositive(long id) {
    if (id <= 0) {
      throw ApiException.badRequest("id", "must be a positive Discogs release id");
    }
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is [], not a missing key
  record SearchResults(List<SearchResult> results) {}

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SearchResult(long id, String title, @Nullable Integer year, @Nullable String format,
      @Nullable String thumb) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ReleaseView(long id, String title, List<String> artists, @Nullable Integer year,
      @Nullable String format, @Nullable String coverImageUrl, @Nullable Long masterId, String url) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Marketplace(long releaseId, @Nullable String lowestPrice, String currency,
      @Nullable Integer numForSale, boolean blockedFromSale, List<ListingView> listings, String sellPageUrl) {}

  /** One copy for sale, where the listing source gives single listings ({@code sell-page}). */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ListingView(long listingId, String price, String currency, @Nullable String shipping,
      String condition, String sleeveCondition, String sellerName,
      @Nullable java.math.BigDecimal sellerRating, @Nullable String shipsFrom, String url) {
    static ListingView of(Listing l) {
      return new ListingView(l.listingId(), l.price().amountText(), l.price().currency().name(),
          Json.money(l.shipping()), l.mediaCondition().abbreviation(), l.sleeveCondition().abbreviation(),
          l.seller().name(), l.seller().rating(), l.shipsFrom(), l.url());
    }
  }

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is [], not a missing key
  record PriceHistory(long releaseId, List<Point> observations) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Point(String observedAt, @Nullable String lowestPrice, @Nullable String currency,
      @Nullable Integer numForSale) {}
}
