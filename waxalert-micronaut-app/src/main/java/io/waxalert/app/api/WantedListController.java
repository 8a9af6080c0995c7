package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.app.monitor.Freshness;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.monitor.CheckAll;
import io.waxalert.app.monitor.SellPageBackoff;
import io.waxalert.persistence.StoredEntry;
import io.waxalert.persistence.UserAccount;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The caller's wanted list. */
@Controller("/api/wanted-list")
@Secured(SecurityRule.IS_AUTHENTICATED)
class WantedListController {

  private final CurrentUser currentUser;
  private final WantedListService service;
  private final CheckAll checkAll;
  private final SellPageBackoff sellPages;
  private final Freshness freshness;

  WantedListController(CurrentUser currentUser, WantedListService service, CheckAll checkAll,
      SellPageBackoff sellPages, Freshness freshness) {
    this.currentUser = currentUser;
    this.service = service;
    this.checkAll = checkAll;
    this.sellPages = sellPages;
    this.freshness = freshness;
  }

  @Post(uri = "/add", consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a release or master by URL, [r123], [m456] or id, with criteria")
  @ApiResponse(responseCode = "201", description = "the new entry")
  @ApiResponse(responseCode = "400", description = "unparseable release or invalid criteria")
  @ApiResponse(responseCode = "404", description = "not on Discogs")
  @ApiResponse(responseCode = "409", description = "already on the wanted list")
  HttpResponse<EntryView> add(Authentication auth, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    UserAccount owner = currentUser.of(auth);
    return HttpResponse.created(view(owner, service.add(owner, Body.of(json))));
  }

  @Get
  @Operation(summary = "The caller's entries, and how often entries are really checked at the current load")
  Entries list(Authentication auth) {
    Long every = freshness.current().map(f -> f.effectiveInterval().toSeconds()).orElse(null);
    return new Entries(views(currentUser.of(auth)), every);
  }

  @Get("/{id}")
  @Operation(summary = "One entry")
  EntryView get(Authentication auth, String id) {
    UserAccount owner = currentUser.of(auth);
    return view(owner, service.get(owner, id));
  }

  @Put(uri = "/{id}", consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the criteria fields given in the body")
  EntryView update(Authentication auth, String id, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    UserAccount owner = currentUser.of(auth);
    return view(owner, service.update(owner, id, Body.of(json)));
  }

  @Delete("/{id}")
  @Operation(summary = "Delete an entry and its notification history")
  @ApiResponse(responseCode = "204", description = "deleted")
  HttpResponse<Void> delete(Authentication auth, String id) {
    if (!service.delete(currentUser.of(auth), id)) {
      throw ApiException.notFound("no wanted-list entry " + id);
    }
    return HttpResponse.noContent();
  }

  @Post("/{id}/toggle")
  @Operation(summary = "Pause or resume monitoring")
  EntryView toggle(Authentication auth, String id) {
    UserAccount owner = currentUser.of(auth);
    return view(owner, service.toggle(owner, id));
  }

  @Post("/check-all")
  @Operation(summary = "Check all active entries now and deliver the alerts found; with wait=false answer"
      + " 202 at once with the check's progress (a running check of the caller is answered, not repeated)")
  @ApiResponse(responseCode = "200", description = "done: checked, matched, notified, failed")
  @ApiResponse(responseCode = "202", description = "running; Location: the check's progress")
  HttpResponse<?> checkAll(Authentication auth, @Nullable @QueryValue Boolean wait) {
    String owner = currentUser.of(auth).discogsUsername();
    if (Boolean.FALSE.equals(wait)) {
      CheckAll.Progress progress = checkAll.begin(owner);
      return HttpResponse.accepted().body(progress)
          .header(HttpHeaders.LOCATION, "/api/wanted-list/checks/" + progress.id());
    }
    return HttpResponse.ok(checkAll.run(owner));
  }

  @Get("/checks/{id}")
  @Operation(summary = "A check-all's progress: state running or done, done of total entries, its counts")
  CheckAll.Progress check(Authentication auth, String id) {
    return checkAll.find(currentUser.of(auth).discogsUsername(), id)
        .orElseThrow(() -> ApiException.notFound("no check " + id));
  }

  @Post("/import")
  @Operation(summary = "Import the caller's Discogs wantlist")
  WantedListService.ImportResult importWantlist(Authentication auth) {
    return service.importWantlist(currentUser.of(auth));
  }

  @Get("/export")
  @Operation(summary = "The caller's list with criteria as CSV or JSON")
  HttpResponse<?> export(Authentication auth, @Nullable @QueryValue String format) {
    String chosen = format == null ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
    List<EntryView> entries = views(currentUser.of(auth));
    return switch (chosen) {
      case "json" -> HttpResponse.ok(new Entries(entries, null))
          .header("Content-Disposition", "attachment; filename=\"wanted-list.json\"");
      case "csv" -> HttpResponse.ok(Csv.of(entries)).contentType("text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"wanted-list.csv\"");
      default -> throw ApiException.badRequest("format", "must be 'csv' or 'json'");
    };
  }

  private List<EntryView> views(UserAccount owner) {
    List<StoredEntry> stored = service.list(owner);
    Map<UUID, Integer> versions = service.versionsTotals(stored);
    return stored.stream().map(s -> view(owner, s, versions)).toList();
  }

  private EntryView view(UserAccount owner, StoredEntry stored) {
    return view(owner, stored, service.versionsTotals(List.of(stored)));
  }

  /**
   * The entry with its status detail (the account's blocked sellers make listings needed too), its
   * estimated next check and, for a master, how many pressings it has in all.
   */
  private EntryView view(UserAccount owner, StoredEntry stored, Map<UUID, Integer> versions) {
    boolean needsListings = stored.entry().criteria().hasListingCriteria() || !owner.blockedSellers().isEmpty();
    UUID id = stored.entry().id();
    return EntryView.of(stored, sellPages.detail(stored.entry(), needsListings).orElse(null),
        freshness.nextCheckOf(id).orElse(null), versions.get(id));
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is [], not a missing key
  record Entries(List<EntryView> entries,
      @JsonProperty("checked_every_seconds") @JsonInclude(JsonInclude.Include.NON_NULL)
      @Nullable Long checkedEverySeconds) {}
}
