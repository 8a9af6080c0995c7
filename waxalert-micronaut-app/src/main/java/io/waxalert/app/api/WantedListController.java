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
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.waxalert.app.auth.CurrentUser;
import io.waxalert.app.monitor.Freshness;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.http.docs.BadRequests;
import io.waxalert.app.http.docs.Errors;
import io.waxalert.app.http.docs.Refusals;
import io.waxalert.app.monitor.CheckAll;
import java.util.List;

/** The caller's wanted list. */
@Controller("/api/wanted-list")
@Secured(SecurityRule.IS_AUTHENTICATED)
@Tag(name = "wanted list")
@Errors.NotSignedIn
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
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "#/components/schemas/NewEntry"),
      examples = {
          @ExampleObject(name = "a release with a price and grade", value = "{\"release\": \"https://www.discogs.com"
              + "/release/249504\", \"max_price\": \"25.00\", \"max_price_currency\": \"EUR\", \"min_condition\":"
              + " \"VG+\", \"location_filter\": [\"Germany\"]}"),
          @ExampleObject(name = "any vinyl pressing of a master, 30 % under the market", value = "{\"release\":"
              + " \"[m33228]\", \"format_filter\": \"Vinyl\", \"underpriced_percentage\": 30}")}))
  @ApiResponse(responseCode = "201", description = "the new entry", useReturnTypeSchema = true)
  @BadRequests.EntryInput
  @Refusals.NotOnDiscogs
  @Refusals.AlreadyWanted
  @Refusals.ListFull
  @Errors.CallsDiscogs
  @Errors.CrossSiteRefused
  HttpResponse<EntryView> add(Authentication auth, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    return HttpResponse.created(service.add(currentUser.of(auth), Body.of(json)));
  }

  @Get
  @Operation(summary = "The caller's entries by the time added, and how often entries are really checked at the"
      + " current load: all of them oldest first, or the page that the optional limit (1 to 1000), offset (0 or"
      + " more) and order (oldest or newest) ask for; total counts them all")
  @ApiResponse(responseCode = "200", description = "the entries", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Entries.class)))
  @BadRequests.PagingInput
  HttpResponse<byte[]> list(Authentication auth, @Nullable @QueryValue String limit, @Nullable @QueryValue String offset,
      @Nullable @QueryValue String order) {
    Paging paging = Paging.of(limit, offset, order);
    Long every = freshness.current().map(f -> f.effectiveInterval().toSeconds()).orElse(null);
    WantedListService.Page page = service.page(currentUser.of(auth), paging);
    // the same bytes the serializer would write for Entries, written faster (EntriesJson)
    return HttpResponse.ok(EntriesJson.of(new Entries(page.entries(), every, page.total())))
        .contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  @Get("/{id}")
  @Operation(summary = "One entry")
  @Errors.EntryNotFound
  EntryView get(Authentication auth, String id) {
    return service.get(currentUser.of(auth), id);
  }

  @Put(uri = "/{id}", consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Change the criteria fields given in the body; the entry is judged again at once against"
      + " its last market figures")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "#/components/schemas/EntryChange"),
      examples = @ExampleObject(name = "a lower maximum, any sleeve", value = "{\"max_price\": \"20.00\","
          + " \"min_sleeve_condition\": null}")))
  @BadRequests.EntryInput
  @Errors.EntryNotFound
  @Errors.CrossSiteRefused
  EntryView update(Authentication auth, String id, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    return service.update(currentUser.of(auth), id, Body.of(json));
  }

  @Delete("/{id}")
  @Operation(summary = "Delete an entry and, once it can no longer be restored, its notification history")
  @ApiResponse(responseCode = "204", description = "deleted; POST /{id}/restore brings it back for 10 minutes")
  @Errors.EntryNotFound
  @Errors.CrossSiteRefused
  HttpResponse<Void> delete(Authentication auth, String id) {
    if (!service.delete(currentUser.of(auth), id)) {
      throw ApiException.noSuchEntry();
    }
    return HttpResponse.noContent();
  }

  @Post("/{id}/restore")
  @Operation(summary = "Bring back an entry deleted in the last 10 minutes, with its alert history")
  @ApiResponse(responseCode = "200", description = "the entry, as it was")
  @Refusals.RestoreRefused
  @Errors.CrossSiteRefused
  EntryView restore(Authentication auth, String id) {
    return service.restore(currentUser.of(auth), id);
  }

  @Post("/{id}/toggle")
  @Operation(summary = "Pause or resume monitoring")
  @Errors.EntryNotFound
  @Errors.CrossSiteRefused
  EntryView toggle(Authentication auth, String id) {
    return service.toggle(currentUser.of(auth), id);
  }

  @Post(uri = "/bulk", consumes = MediaType.APPLICATION_JSON)
  @Operation(summary = "Pause, resume, delete, restore or update (\"criteria\") up to 500 entries (\"ids\");"
      + " each entry in its own transaction, one result per id")
  @ApiResponse(responseCode = "200", description = "one result per id: ok, not_found or error")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "#/components/schemas/BulkChange"),
      examples = {
          @ExampleObject(name = "pause two entries", value = "{\"action\": \"pause\", \"ids\":"
              + " [\"3f2c5b1e-8a4d-4c1e-9f7a-2b6d8e0c1a35\", \"9b1d2e3f-4a5b-4c6d-8e7f-0a1b2c3d4e5f\"]}"),
          @ExampleObject(name = "a new maximum for one entry", value = "{\"action\": \"update\", \"ids\":"
              + " [\"3f2c5b1e-8a4d-4c1e-9f7a-2b6d8e0c1a35\"], \"criteria\": {\"max_price\": \"25.00\"}}")}))
  @BadRequests.BulkInput
  @Errors.CrossSiteRefused
  BulkChanges.Result bulk(Authentication auth, @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    return bulk.run(currentUser.of(auth), Body.of(json));
  }

  @Post("/check-all")
  @Operation(summary = "Check all active entries now and deliver the alerts found; with wait=false answer"
      + " 202 at once with the check's progress (a running check of the caller is answered, not repeated)")
  @ApiResponse(responseCode = "200", description = "done: checked, matched, notified, failed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckAll.Result.class)))
  @ApiResponse(responseCode = "202", description = "running (wait=false); Location: the check's progress",
      headers = @Header(name = HttpHeaders.LOCATION, description = "GET it for the progress",
          schema = @Schema(type = "string", example = "/api/wanted-list/checks/3f2c5b1e-8a4d-4c1e-9f7a-2b6d8e0c1a35")),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckAll.Progress.class)))
  @Errors.CrossSiteRefused
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
  @Refusals.NoSuchCheck
  CheckAll.Progress check(Authentication auth, String id) {
    return checkAll.find(currentUser.of(auth).discogsUsername(), id)
        .orElseThrow(() -> ApiException.notFound("There is no check " + id + " of yours; a check is kept for an hour after it ends."));
  }

  @Post("/import")
  @Operation(summary = "Import the caller's Discogs wantlist with default criteria (the fields of add) and/or"
      + " \"paused\": true; with neither, the imported entries are paused")
  @RequestBody(content = @Content(schema = @Schema(ref = "#/components/schemas/WantlistImport"),
      examples = @ExampleObject(name = "active, with a maximum", value = "{\"paused\": false, \"max_price\": \"30.00\"}")))
  @BadRequests.EntryInput
  @Errors.CallsDiscogs
  @Errors.CrossSiteRefused
  WantlistImport.Result importWantlist(Authentication auth,
      @io.micronaut.http.annotation.Body @Nullable JsonNode json) {
    return wantlistImport.run(currentUser.of(auth), Body.of(json));
  }

  @Get("/export")
  @Operation(summary = "The caller's list with criteria as CSV or JSON (a download: Content-Disposition attachment)")
  @ApiResponse(responseCode = "200", description = "the entries, as the wanted list answers them (format=json, the"
      + " default) or one CSV line per entry (format=csv)", content = {
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Entries.class)),
          @Content(mediaType = "text/csv", schema = @Schema(type = "string"))})
  @BadRequests.ExportFormatInput
  HttpResponse<?> export(Authentication auth, @Nullable @QueryValue String format) {
    String chosen = format == null ? "json" : format.trim().toLowerCase(java.util.Locale.ROOT);
    List<EntryView> entries = service.list(currentUser.of(auth));
    return switch (chosen) {
      case "json" -> HttpResponse.ok(new Entries(entries, null, null))
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
      @Nullable Long checkedEverySeconds,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable Long total) {}
}
