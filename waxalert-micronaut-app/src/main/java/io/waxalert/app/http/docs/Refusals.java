package io.waxalert.app.http.docs;

import io.micronaut.http.MediaType;
import io.swagger.v3.oas.annotations.headers.Header;
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

/** The refusals of single routes: what is not on Discogs, already there, or over a limit. */
public final class Refusals {

  private Refusals() {}

  /** 404 of add: the release or master is not on Discogs. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "404", description = "Discogs has no such release or master",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "no such release", value = "{\"message\": \"Discogs has no release 99999999; check the "
              + "link or number.\", \"field\": \"release\"}")}))
  public @interface NotOnDiscogs {}

  /** 404 of the release lookups: Discogs has no such release. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "404", description = "Discogs has no such release",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "no such release", value = "{\"message\": \"Discogs has no release 99999999; check the "
              + "link or number.\", \"field\": null}")}))
  public @interface NoSuchRelease {}

  /** 404 of the price history of a release that is not on the caller's wanted list. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "404", description = "The release is not on your wanted list (history is kept of "
        + "watched releases only)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "not watched", value = "{\"message\": \"release 249504 is not on your wanted list, "
              + "so it has no price history\", \"field\": null}")}))
  public @interface NotWatched {}

  /** 409 of add: the release or master is on the list already. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "409", description = "Already on your wanted list",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "release", value = "{\"message\": \"That release is already on your wanted "
              + "list.\", \"field\": \"release\"}"),
          @ExampleObject(name = "master", value = "{\"message\": \"That master is already on your wanted "
              + "list.\", \"field\": \"release\"}")}))
  public @interface AlreadyWanted {}

  /** 422 of add: the wanted list is full. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "422", description = "Your wanted list has waxalert.limits.entries-per-user "
        + "entries",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "full", value = "{\"message\": \"Your wanted list is full: at most 1000 "
              + "entries per user (waxalert.limits.entries-per-user). Delete "
              + "some to add others.\", \"field\": \"release\"}")}))
  public @interface ListFull {}

  /** 404, 409 and 422 of following a seller: Discogs lacks them, they are followed already, or blocked. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "404", description = "Discogs has no such seller",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "no such seller", value = "{\"message\": \"Discogs has no seller named vinylvault; "
              + "check the spelling of the username.\", \"field\": \"username\"}")}))
  @ApiResponse(responseCode = "409", description = "You follow this seller already",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "followed", value = "{\"message\": \"You already follow vinylvault.\", "
              + "\"field\": \"username\"}")}))
  @ApiResponse(responseCode = "422", description = "The seller is on your blocked sellers",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "blocked", value = "{\"message\": \"vinylvault is on your blocked "
              + "sellers; unblock them in your settings to follow them.\", "
              + "\"field\": \"username\"}")}))
  public @interface FollowRefused {}

  /** 404 of unfollowing a seller the caller does not follow. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "404", description = "You do not follow this seller",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "not followed", value = "{\"message\": \"You do not follow a seller named vinylvault.\", \"field\": "
              + "null}")}))
  public @interface NotFollowed {}

  /** 404 of restoring an entry that is no longer (or never was) deleted, 409 of one that is on the list. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "404", description = "No such deleted entry, or deleted more than 10 minutes ago",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "too late", value = "{\"message\": \"That entry can no longer be restored: a "
              + "deleted entry is kept for 10 minutes. Add the release again "
              + "to watch it.\", \"field\": null}")}))
  @ApiResponse(responseCode = "409", description = "The entry is on the wanted list; nothing to restore",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "not deleted", value = "{\"message\": \"That entry is on your wanted list already; "
              + "there is nothing to restore.\", \"field\": null}")}))
  public @interface RestoreRefused {}

  /** 404 of a check-all progress that is not the caller's. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "404", description = "No check of yours with this id",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "no such check", value = "{\"message\": \"There is no check "
              + "3f2c5b1e-8a4d-4c1e-9f7a-2b6d8e0c1a35 of yours; a check is kept for an hour after it ends.\", \"field\": null}")}))
  public @interface NoSuchCheck {}

  /** 429 and 503 of an e-mail change: a link went out less than a minute ago, or the mail could not be sent. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "429", description = "A confirmation mail went out less than a minute ago; "
        + "Retry-After says when to ask again",
      headers = @Header(name = "Retry-After", description = "whole seconds until the next try",
          schema = @Schema(type = "integer")),
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "too soon", value = "{\"message\": \"email: a confirmation mail went out less "
              + "than a minute ago; wait a minute before asking for another "
              + "address\", \"field\": \"email\"}")}))
  @ApiResponse(responseCode = "503", description = "The confirmation mail could not be sent; nothing was changed",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "SMTP down", value = "{\"message\": \"email: the confirmation mail could not be "
              + "sent just now; nothing was changed, try again later\", "
              + "\"field\": \"email\"}")}))
  public @interface ConfirmationMail {}

  /** 401 of the sign-ins: Discogs refused the token or the OAuth sign-in; nothing is created. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "401", description = "Discogs refused the credentials; no user is created",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "refused", value = "{\"message\": \"Discogs refused your sign-in; sign in "
              + "again.\", \"field\": null}")}))
  public @interface SignInRefused {}

  /** 404 of "Sign in with Discogs" on a service without a consumer key. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "404", description = "Sign in with Discogs is not configured "
        + "(waxalert.discogs.consumer-key and consumer-secret)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "not configured", value = "{\"message\": \"Sign in with Discogs is not configured on "
              + "this service (waxalert.discogs.consumer-key and "
              + "consumer-secret); sign in with a personal access token at "
              + "POST /api/auth/token\", \"field\": null}")}))
  public @interface OAuthNotConfigured {}
}
