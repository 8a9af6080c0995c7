package io.waxalert.app.http;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.DiscogsNotFoundException;
import io.waxalert.discogs.DiscogsUnauthorizedException;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Maps the service's own and Discogs' failures to status codes with an {@link ApiError} body. */
final class ApiExceptionHandlers {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandlers.class);

  private ApiExceptionHandlers() {}

  static MutableHttpResponse<ApiError> answer(HttpStatus status, String message, String field) {
    return HttpResponse.<ApiError>status(status).body(new ApiError(message, field));
  }

  @Produces
  @Singleton
  @Requires(classes = {ApiException.class, ExceptionHandler.class})
  static final class ApiExceptionHandler implements ExceptionHandler<ApiException, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, ApiException e) {
      MutableHttpResponse<ApiError> response = answer(e.status(), e.getMessage(), e.field());
      if (e.retryAfter() != null) {
        // whole seconds, at least one (RFC 9110 Retry-After)
        long seconds = Math.max(1, (e.retryAfter().toMillis() + 999) / 1000);
        response.header("Retry-After", String.valueOf(seconds));
      }
      return response;
    }
  }

  @Produces
  @Singleton
  @Requires(classes = {DuplicateEntryException.class, ExceptionHandler.class})
  static final class DuplicateHandler implements ExceptionHandler<DuplicateEntryException, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, DuplicateEntryException e) {
      return answer(HttpStatus.CONFLICT, "release: already on your wanted list (" + e.getMessage() + ")",
          "release");
    }
  }

  @Produces
  @Singleton
  @Requires(classes = {DiscogsException.class, ExceptionHandler.class})
  static final class DiscogsHandler implements ExceptionHandler<DiscogsException, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, DiscogsException e) {
      // Discogs' own words where it gave some; the client's messages never carry credentials.
      String message = e.discogsMessage() != null ? e.discogsMessage() : e.getMessage();
      if (e instanceof DiscogsNotFoundException) {
        return answer(HttpStatus.NOT_FOUND, "not found on Discogs: " + message, null);
      }
      if (e instanceof DiscogsUnauthorizedException) {
        return answer(HttpStatus.UNAUTHORIZED, "Discogs refused the credentials: " + message, null);
      }
      LOG.warn("Discogs request failed: {}", message);
      return answer(HttpStatus.BAD_GATEWAY, "Discogs request failed: " + message, null);
    }
  }
}
