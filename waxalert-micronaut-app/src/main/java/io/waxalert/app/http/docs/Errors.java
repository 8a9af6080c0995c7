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

/** The error answers shared by many routes, each as the service words it. */
public final class Errors {

  private Errors() {}

  /** 401 of every route that needs a session: no cookie or bearer token, or one that expired or was signed out. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "401", description = "Not signed in: no session cookie or bearer token, or an expired"
      + " or signed-out one", content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "not signed in",
      value = "{\"message\": \"You are not signed in; sign in first.\", \"field\": null}")))
  public @interface NotSignedIn {}

  /**
   * 403 and 415 of every changing {@code /api/} route (CrossSiteRequestFilter): a browser's cross-site
   * request is refused whoever it claims to be, and bodies must be JSON.
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "403", description = "A cross-site request, or one from another origin: refused before"
      + " sign-in is looked at", content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "another origin",
      value = "{\"message\": \"requests from another origin may not change anything\", \"field\": null}")))
  @ApiResponse(responseCode = "415", description = "A body that is not sent as application/json",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = @ExampleObject(name = "form post",
      value = "{\"message\": \"request bodies must be application/json\", \"field\": null}")))
  public @interface CrossSiteRefused {}

  /** 404 of an entry id that is not one of the caller's: another user's answers exactly as an unknown one. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "404", description = "No such entry on your wanted list (also another user's entry)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = @ExampleObject(name = "no such entry", value = "{\"message\": \"That entry is not on your wanted"
          + " list; it may have been deleted in another window.\", \"field\": null}")))
  public @interface EntryNotFound {}

  /**
   * The answers of a route that asks Discogs on the caller's behalf: 401 also when Discogs refuses the
   * stored sign-in, 502 when Discogs does not answer or asks to slow down (nothing is reported as
   * "nothing found" then).
   */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "401", description = "Not signed in, or Discogs refused your stored sign-in",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class),
      examples = {
          @ExampleObject(name = "not signed in", value = "{\"message\": \"You are not signed in; sign in first.\","
              + " \"field\": null}"),
          @ExampleObject(name = "Discogs refused the sign-in", value = "{\"message\": \"Discogs refused your sign-in;"
              + " sign in again.\", \"field\": null}")}))
  @ApiResponse(responseCode = "502", description = "Discogs did not answer, or asks WaxAlert to slow down: the request"
      + " could not be made; try again in a minute", content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(implementation = ApiError.class), examples = {
          @ExampleObject(name = "Discogs unavailable", value = "{\"message\": \"Discogs did not answer; try again in a"
              + " minute.\", \"field\": null}"),
          @ExampleObject(name = "Discogs rate limit", value = "{\"message\": \"Discogs asks WaxAlert to slow down; try"
              + " again in a minute.\", \"field\": null}")}))
  public @interface CallsDiscogs {}

  /** 429 of the sign-in routes: too many attempts from one address, with the wait in Retry-After. */
  @Documented
  @Retention(RetentionPolicy.RUNTIME)
  @Target({ElementType.METHOD, ElementType.TYPE})
  @ApiResponse(responseCode = "429", description = "Too many sign-in attempts from this address (waxalert.sign-in"
      + ".max-per-minute)", headers = @Header(name = "Retry-After", description = "whole seconds until the next try",
      schema = @Schema(type = "integer")), content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(implementation = ApiError.class), examples = @ExampleObject(name = "throttled",
      value = "{\"message\": \"There were too many sign-in attempts from this address; try again in 6 seconds.\","
          + " \"field\": null}")))
  public @interface SignInThrottled {}
}
