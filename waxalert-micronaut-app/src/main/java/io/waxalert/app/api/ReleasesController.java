package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.http.docs.BadRequests;
import io.waxalert.app.http.docs.Errors;
import io.waxalert.app.http.docs.Refusals;
import io.waxalert.core.model.Listing;
import io.waxalert.persistence.UserAccount;
import java.util.List;

/** Discogs release data for the signed-in user: search, details, market and observed prices. */
@Controller("/api/releases")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "releases")
@Errors.NotSignedIn
class ReleasesController {

  private final CurrentUser currentUser;
  private final ReleaseService releases;

  ReleasesController(CurrentUser currentUser, ReleaseService releases) {
    this.currentUser = currentUser;
    this.releases = releases;
  }

  @Get("/search")
  @Operation(summary = "Search Discogs' database for releases (title, artist, catalogue number…)")
  @BadRequests.SearchInput
  @Errors.CallsDiscogs
  SearchResults search(Authentication auth, @Nullable @QueryValue String q) {
    String query = q == null ? "" : q.trim();
    if (query.isEmpty() || query.length() > 200) {
      throw ApiException.badRequest("q", "must be 1 to 200 characters");
    }
    return releases.search(currentUser.of(auth), query);
  }

  @Get("/{id}")
  @Operation(summary = "Release details from Discogs")
  @BadRequests.ReleaseIdInput
  @Refusals.NoSuchRelease
  @Errors.CallsDiscogs
  ReleaseView release(Authentication auth, @PathVariable long id) {
    return releases.release(currentUser.of(auth), requirePositive(id));
  }

  @Get("/{id}/marketplace")
  @Operation(summary = "Lowest price and number for sale now, in the caller's currency, and the listings where the"
      + " listing source gives them; one Discogs request serves every caller within market-max-age")
  @BadRequests.ReleaseIdInput
  @Refusals.NoSuchRelease
  @Errors.CallsDiscogs
  Marketplace marketplace(Authentication auth, @PathVariable long id) {
    UserAccount user = currentUser.of(auth);
    return releases.marketplace(user, requirePositive(id));
  }

  @Get("/{id}/price-history")
  @Operation(summary = "Observed lowest price and number for sale over the last year, of a release on the"
      + " caller's wanted list (404 for any other)")
  @BadRequests.ReleaseIdInput
  @Refusals.NotWatched
  PriceHistory priceHistory(Authentication auth, @PathVariable long id) {
    return releases.priceHistory(currentUser.of(auth), requirePositive(id));
  }

  private static long requirePositive(long id) {
    if (id <= 0) {
      throw ApiException.badRequest("id", "must be a positive Discogs release id");
    }
    return id;
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
      @Nullable Integer numForSale, boolean blockedFromSale, List<ListingView> listings,
      @Nullable String listingsNote, String sellPageUrl) {}

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
