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
import java.util.List;

/** The caller's wanted list. */
@Controller("/api/wanted-list")
@Secured(SecurityRule.IS_AUTHENTICATED)
class WantedListController {

  private final CurrentUser currentUser;
  private final WantedListService service;
  private final CheckAll checkAll;
  private final WantlistImport wantlistImport;
  private final BulkChanges bulk;
  private final Freshness freshness;

  WantedListController(CurrentUser currentUser, WantedListService service, CheckAll checkAll,
      WantlistImport wantlistImport, BulkChanges bulk, Freshness freshness) {
    this.currentUser = currentUser;
    this.service = service;
    this.checkAll = checkAll;
    this.wantlistImport = wantlistImport;
    this.bulk = bulk;
    this.freshness = freshness;
  }

  @Post(uri = "/add", consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Add a release or master by URL, [r123], [m456] or id, with criteria")
  @ApiResponse(responseCode = "201", description = "the new entry")
  @ApiResponse(responseCode = "400", description = "unparseable release or invalid criteria")
  @ApiResponse(responseCode = "404", description = "not on Discogs")
  @ApiResponse(responseCode = "409", description = "already on the wanted list")
  HttpResponse<EntryView> add(Authentication auth, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    return HttpResponse.created(service.add(currentUser.of(auth), Body.of(json)));
  }

  @Get
  @Operation(summary = "The caller's entries, and how often entries are really checked at the current load")
  Entries list(Authentication auth) {
    Long every = freshness.current().map(f -> f.effectiveInterval().toSeconds()).orElse(null);
    return new Entries(service.list(currentUser.of(auth)), every);
  }

  @Get("/{id}")
  @Operation(summary = "One entry")
  EntryView get(Authentication auth, String id) {
    return service.get(currentUser.of(auth), id);
  }

  @Put(uri = "/{id}", consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the criteria fields given in the body; the entry is judged again at once against"
      + " its last market figures")
  EntryView update(Authentication auth, String id, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    return service.update(currentUser.of(auth), id, Body.of(json));
  }

  @Delete("/{id}")
  @Operation(summary = "Delete an entry and, once it can no longer be restored, its notification history")
  @ApiResponse(responseCode = "204", description = "deleted; POST /{id}/restore brings it back for 10 minutes")
  HttpResponse<Void> delete(Authentication auth, String id) {
    if (!service.delete(currentUser.of(auth), id)) {
      throw ApiException.noSuchEntry();
    }
    return HttpResponse.noContent();
  }

  @Post("/{id}/restore")
  @Operation(summary = "Bring back an entry deleted in the last 10 minutes, with its alert history")
  @ApiResponse(responseCode = "200", description = "the entry, as it was")
  @ApiResponse(responseCode = "404", description = "no such deleted entry, or deleted too long ago")
  EntryView restore(Authentication auth, String id) {
    return service.restore(currentUser.of(auth), id);
  }

  @Post("/{id}/toggle")
  @Operation(summary = "Pause or resume monitoring")
  EntryView toggle(Authentication auth, String id) {
    return service.toggle(currentUser.of(auth), id);
  }

  @Post(uri = "/bulk", consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Pause, resume, delete, restore or update (\"criteria\") up to 500 entries (\"ids\");"
      + " each entry in its own transaction, one result per id")
  @ApiResponse(responseCode = "200", description = "one result per id: ok, not_found or error")
  @ApiResponse(responseCode = "400", description = "bad action, ids or criteria; nothing changed")
  BulkChanges.Result bulk(Authentication auth, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    return bulk.run(currentUser.of(auth), Body.of(json));
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
  @Operation(summary = "Import the caller's Discogs wantlist with default criteria (the fields of add) and/or"
      + " \"paused\": true; with neither, the imported entries are paused")
  WantlistImport.Result importWantlist(Authentication auth,
      @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    return wantlistImport.run(currentUser.of(auth), Body.of(json));
  }

  @Get("/export")
  @Operation(summary = "The caller's list with criteria as CSV or JSON")
  HttpResponse<?> export(Authentication auth, @Nullable @QueryValue String format) {
    String chosen = format == null ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
    List<EntryView> entries = service.list(currentUser.of(auth));
    return switch (chosen) {
      case "json" -> HttpResponse.ok(new Entries(entries, null))
          .header("Content-Disposition", "attachment; filename=\"wanted-list.json\"");
      case "csv" -> HttpResponse.ok(Csv.of(entries)).contentType("text/csv; charset=utf-8")
          .header("Content-Disposition", "attachment; filename=\"wanted-list.csv\"");
      default -> throw ApiException.badRequest("format", "must be csv or json");
    };
  }

  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS) // an empty list is [], not a missing key
  record Entries(List<EntryView> entries,
      @JsonProperty("checked_every_seconds") @JsonInclude(JsonInclude.Include.NON_NULL)
      @Nullable Long checkedEverySeconds) {}
}
