package io.waxalert.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.time.Duration;

/**
 * A request the API refuses with {@code status}; answered as {@link ApiError}. Messages are written
 * for the collector: what happened and what to do, no field keys, no URLs.
 */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final @Nullable String field;
  private final @Nullable Duration retryAfter;

  public ApiException(HttpStatus status, String message, @Nullable String field) {
    this(status, message, field, null);
  }

  private ApiException(HttpStatus status, String message, @Nullable String field, @Nullable Duration retryAfter) {
    super(message);
    this.status = status;
    this.field = field;
    this.retryAfter = retryAfter;
  }

  /** 429: the caller may try again after {@code retryAfter} (the answer's {@code Retry-After}). */
  public static ApiException tooManyRequests(String message, @Nullable String field, Duration retryAfter) {
    return new ApiException(HttpStatus.TOO_MANY_REQUESTS, message, field, retryAfter);
  }

  /**
   * A 400 about {@code field}: {@code rest} completes the sentence that starts with the field's name,
   * {@code badRequest("max_price", "must be greater than 0")} says "The maximum price must be greater than 0."
   */
  public static ApiException badRequest(String field, String rest) {
    return new ApiException(HttpStatus.BAD_REQUEST, FieldNames.sentence(field, rest), field);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message, null);
  }

  /** The 404 of an entry id that is not one of the caller's live entries. */
  public static ApiException noSuchEntry() {
    return notFound("That entry is not on your wanted list; it may have been deleted in another window.");
  }

  public HttpStatus status() {
    return status;
  }

  public @Nullable String field() {
    return field;
  }

  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
