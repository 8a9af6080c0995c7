package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.app.http.docs.Errors;
import io.waxalert.app.sellers.BundleFinder;
import io.waxalert.core.sellers.Bundle;
import java.util.List;

/**
 * {@code GET /api/bundles}: sellers offering two or more of the caller's wanted releases in
 * fitting listings; {@code total} is the items' prices in the caller's currency, shipping excluded
 * (Discogs combines it per order by the seller's own rules).
 */
@Controller("/api/bundles")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "sellers")
@Errors.NotSignedIn
class BundlesController {

  private final CurrentUser currentUser;
  private final BundleFinder bundles;

  BundlesController(CurrentUser currentUser, BundleFinder bundles) {
    this.currentUser = currentUser;
    this.bundles = bundles;
  }

  @Get
  @Operation(summary = "Sellers offering two or more of your wanted releases in fitting listings, most wants first;"
      + " total is the sum of the item prices in your currency, before shipping")
  Bundles all(Authentication auth) {
    return new Bundles(bundles.of(currentUser.of(auth)).stream().map(BundleView::of).toList());
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Bundles(List<BundleView> bundles) {}

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record BundleView(String seller, @Nullable String shipsFrom, List<ItemView> listings, String total,
      String currency) {
    static BundleView of(Bundle b) {
      return new BundleView(b.seller(), b.shipsFrom(), b.items().stream().map(ItemView::of).toList(),
          Json.money(b.total()), b.total().currency().name());
    }
  }

  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record ItemView(long listingId, String wantedListEntryId, String releaseTitle, String listingPrice,
      String listingCurrency, String listingUrl) {
    static ItemView of(Bundle.Item item) {
      return new ItemView(item.listing().listingId(), item.entryId().toString(), item.title(),
          Json.money(item.listing().price()), item.listing().price().currency().name(), item.listing().url());
    }
  }
}
