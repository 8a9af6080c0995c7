package io.waxalert.app.http;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.server.exceptions.response.Error;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.JsonErrorResponseBodyProvider;
import jakarta.inject.Singleton;
import java.util.Locale;

/**
 * Micronaut's own errors (401, unknown route, unreadable body, constraint violations) in the API's
 * {@code {"message", "field"}} shape instead of Micronaut's default JSON error.
 */
@Singleton
@Replaces(JsonErrorResponseBodyProvider.class)
final class JsonErrorBodies implements JsonErrorResponseBodyProvider<ApiError> {

  @Override
  public ApiError body(ErrorContext context, HttpResponse<?> response) {
    if (response.code() >= 500) {
      // the cause is in the log; an answer must not leak internals
      return new ApiError("Something went wrong in WaxAlert; try again. If it keeps happening, the service log"
          + " has the details.", null);
    }
    java.util.Optional<ApiError> unreadable = context.getRootCause().flatMap(UnreadableInput::of);
    if (unreadable.isPresent()) {
      return unreadable.get();
    }
    if (context.getErrors().isEmpty()) {
      return new ApiError(byStatus(response), null);
    }
    Error first = context.getErrors().get(0);
    String field = first.getPath().map(JsonErrorBodies::lastSegment).orElse(null);
    return new ApiError(field == null ? byStatus(response) : FieldNames.sentence(field, first.getMessage()), field);
  }

  /** What a bare status means to the caller. */
  static String byStatus(HttpResponse<?> response) {
    return switch (response.code()) {
      case 400 -> "WaxAlert could not read the request; send it as JSON.";
      case 401 -> "You are not signed in; sign in first.";
      case 403 -> "WaxAlert refused this request.";
      case 404 -> "There is no such address in WaxAlert.";
      case 405 -> "This address does not take that kind of request.";
      case 413 -> "The request is too large.";
      case 415 -> "Send the request as JSON (Content-Type: application/json).";
      default -> response.reason();
    };
  }

  /** {@code /request/maxPrice} or {@code add.request.maxPrice} → {@code max_price}. */
  private static String lastSegment(String path) {
    String[] parts = path.split("[./]");
    String last = parts[parts.length - 1];
    return last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
