package io.waxalert.app.http.docs;

import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.waxalert.app.http.ApiError;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** 400 answers, each naming the offending field in {@code field}, as the service words them. */
public final class BadRequests {

  private BadRequests() {}

  /** 400 of add, edit and import: the release or a criterion, named in {@code field}. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "Unreadable release, invalid criteria or a body that is not "
        + "JSON; field names the offending field",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "release missing", value = "{\"message\": \"The release is missing: paste a Discogs "
              + "release or master link, [r123], [m456] or a release "
              + "number.\", \"field\": \"release\"}"),
          @ExampleObject(name = "price not a number", value = "{\"message\": \"The maximum price must be a number such as "
              + "25 or 12.50.\", \"field\": \"max_price\"}"),
          @ExampleObject(name = "unknown grade", value = "{\"message\": \"The minimum media condition must be a grade: "
              + "M, NM, VG+, VG, G+, G, F or P (or Discogs' name for it, such "
              + "as Very Good Plus (VG+)).\", \"field\": \"min_condition\"}"),
          @ExampleObject(name = "empty criterion", value = "{\"message\": \"The list of countries to ship from is empty; "
              + "leave the field out to keep it, or send null to remove "
              + "it.\", \"field\": \"location_filter\"}"),
          @ExampleObject(name = "not JSON", value = "{\"message\": \"The request is not valid JSON.\", \"field\": "
              + "\"body\"}")}))
  public @interface EntryInput {}

  /** 400 of a bulk change: the action, the ids or the criteria; nothing is changed. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "Bad action, ids or criteria; nothing changed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "unknown action", value = "{\"message\": \"The action must be \\\"pause\\\", "
              + "\\\"resume\\\", \\\"delete\\\", \\\"restore\\\" or "
              + "\\\"update\\\".\", \"field\": \"action\"}"),
          @ExampleObject(name = "too many ids", value = "{\"message\": \"The list of entries may name at most 500 "
              + "entries per request; send the rest in another request.\", "
              + "\"field\": \"ids\"}"),
          @ExampleObject(name = "no criteria", value = "{\"message\": \"The criteria must name at least one "
              + "criterion to change, such as {\\\"max_price\\\": "
              + "\\\"25.00\\\"}.\", \"field\": \"criteria\"}")}))
  public @interface BulkInput {}

  /** 400 of an account change, naming the field. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "An invalid account field; field names it",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "bad address", value = "{\"message\": \"The e-mail address must be one mail address "
              + "such as name@example.org.\", \"field\": \"email\"}"),
          @ExampleObject(name = "unknown country", value = "{\"message\": \"The country must be a country as Discogs "
              + "names it, e.g. 'Germany' or 'United States' (or its code, "
              + "e.g. 'DE').\", \"field\": \"country\"}"),
          @ExampleObject(name = "bad mail mode", value = "{\"message\": \"The kind of alert mails must be 'instant' or "
              + "'digest'.\", \"field\": \"notify_mode\"}"),
          @ExampleObject(name = "bad webhook", value = "{\"message\": \"The webhook address must be an http or https "
              + "URL.\", \"field\": \"webhook_url\"}")}))
  public @interface AccountInput {}

  /** 400 of following a seller: the username. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "A missing or malformed username",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "bad username", value = "{\"message\": \"The Discogs username must be a Discogs "
              + "username (letters, digits, '.', '-' or '_', at most 100 "
              + "characters), as in discogs.com/seller/<username>.\", "
              + "\"field\": \"username\"}")}))
  public @interface SellerInput {}

  /** 400 of the list's optional paging: limit, offset or order. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "limit, offset or order out of range; field names it",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "page too big", value = "{\"message\": \"The page size (limit) must be a whole "
              + "number from 1 to 1000.\", \"field\": \"limit\"}")}))
  public @interface PagingInput {}

  /** 400 of the release search: the query. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "A missing or too long search",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "empty search", value = "{\"message\": \"The search must be 1 to 200 characters.\", "
              + "\"field\": \"q\"}")}))
  public @interface SearchInput {}

  /** 400 of a release number that is not a positive whole number. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "A release number that is not a positive whole number",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "not positive", value = "{\"message\": \"The release number must be a positive "
              + "Discogs release id.\", \"field\": \"id\"}"),
          @ExampleObject(name = "not a number", value = "{\"message\": \"The release number must be a whole "
              + "number.\", \"field\": \"id\"}")}))
  public @interface ReleaseIdInput {}

  /** 400 of the export: the format. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "A format other than csv or json",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "unknown format", value = "{\"message\": \"The export format must be csv or json.\", "
              + "\"field\": \"format\"}")}))
  public @interface ExportFormatInput {}

  /** 400 of the token sign-in: the token. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "No token, or a too long one",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "token missing", value = "{\"message\": \"The Discogs token is missing; paste the "
              + "personal access token Discogs shows under Settings, "
              + "Developers.\", \"field\": \"token\"}")}))
  public @interface TokenInput {}

  /** 400 of the OAuth callback: a missing, expired or foreign sign-in. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "400", description = "The callback lacks oauth_token or oauth_verifier, or its "
        + "sign-in expired or was started in another browser",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "expired", value = "{\"message\": \"This Discogs sign-in has expired or was "
              + "started in another browser; start again with \\\"Sign in "
              + "with Discogs\\\".\", \"field\": \"oauth_token\"}"),
          @ExampleObject(name = "verifier missing", value = "{\"message\": \"The Discogs sign-in link is missing; start "
              + "again with \\\"Sign in with Discogs\\\".\", \"field\": "
              + "\"oauth_verifier\"}")}))
  public @interface OAuthCallbackInput {}
}
