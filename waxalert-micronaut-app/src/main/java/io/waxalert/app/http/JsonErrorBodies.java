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
      return new ApiError("internal error; the service log has the details", null);
    }
    java.util.Optional<ApiError> unreadable = context.getRootCause().flatMap(UnreadableInput::of);
    if (unreadable.isPresent()) {
      return unreadable.get();
    }
    if (context.getErrors().isEmpty()) {
      return new ApiError(response.reason(), null);
    }
    Error first = context.getErrors().get(0);
    String field = first.getPath().map(JsonErrorBodies::lastSegment).orElse(null);
    String message = first.getMessage();
    if (field != null && !message.contains(field)) {
      message = field + ": " + message;
    }
    return new ApiError(message, field);
  }

  /** {@code /request/maxPrice} or {@code add.request.maxPrice} → {@code max_price}. */
  private static String lastSegment(String path) {
    String[] parts = path.split("[./]");
    String last = parts[parts.length - 1];
    return last.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
  }
}
