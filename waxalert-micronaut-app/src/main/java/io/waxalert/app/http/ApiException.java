package io.waxalert.app.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;

/** A request the API refuses with {@code status}; answered as {@link ApiError}. */
public class ApiException extends RuntimeException {

  private final HttpStatus status;
  private final @Nullable String field;

  public ApiException(HttpStatus status, String message, @Nullable String field) {
    super(message);
    this.status = status;
    this.field = field;
  }

  public static ApiException badRequest(String field, String message) {
    return new ApiException(HttpStatus.BAD_REQUEST, field + ": " + message, field);
  }

  public static ApiException notFound(String message) {
    return new ApiException(HttpStatus.NOT_FOUND, message, null);
  }

  public HttpStatus status() {
    return status;
  }

  public @Nullable String field() {
    return field;
  }
}
