package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.app.http.docs.BadRequests;
import io.waxalert.app.http.docs.Errors;
import io.waxalert.app.http.docs.Refusals;
import io.waxalert.app.sellers.Following;
import java.util.List;

/** The sellers the caller follows (issue 14): their inventories are read on the schedule. */
@Controller("/api/sellers")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "sellers")
@Errors.NotSignedIn
class SellersController {

  private final CurrentUser currentUser;
  private final Following following;

  SellersController(CurrentUser currentUser, Following following) {
    this.currentUser = currentUser;
    this.following = following;
  }

  @Get
  @Operation(summary = "The sellers the caller follows, with each one's last check and status")
  Sellers all(Authentication auth) {
    return new Sellers(following.of(currentUser.of(auth)).stream().map(SellerView::of).toList());
  }

  @Post(consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Follow a seller by Discogs username: 404 when Discogs has no such seller, 409 when"
      + " already followed, 422 when the seller is on your blocked sellers")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "#/components/schemas/FollowSeller"),
      examples = @ExampleObject(name = "a shop", value = "{\"username\": \"vinylvault\"}")))
  @ApiResponse(responseCode = "201", description = "followed; its inventory is read on the schedule",
      useReturnTypeSchema = true)
  @BadRequests.SellerInput
  @Refusals.FollowRefused
  @Errors.CallsDiscogs
  @Errors.CrossSiteRefused
  HttpResponse<SellerView> follow(Authentication auth, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    String username = Body.of(json).string("username", 100);
    return HttpResponse.created(SellerView.of(following.follow(currentUser.of(auth), username)));
  }

  @Delete("/{username}")
  @Operation(summary = "Stop following a seller")
  @ApiResponse(responseCode = "204", description = "no longer followed")
  @Refusals.NotFollowed
  @Errors.CrossSiteRefused
  HttpResponse<Void> unfollow(Authentication auth, @PathVariable String username) {
    following.unfollow(currentUser.of(auth), username);
    return HttpResponse.noContent();
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Sellers(List<SellerView> sellers) {}

  /** One followed seller: {@code status} is {@code reading}, {@code ok} or {@code check_failed}. */
  @Serdeable(naming = SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record SellerView(String username, String followedAt, @Nullable String lastChecked, long listingsSeen,
      String status) {
    static SellerView of(Following.Followed f) {
      return new SellerView(f.username(), Json.instant(f.followedAt()), Json.instant(f.lastChecked()),
          f.listingsSeen(), f.status());
    }
  }
}
