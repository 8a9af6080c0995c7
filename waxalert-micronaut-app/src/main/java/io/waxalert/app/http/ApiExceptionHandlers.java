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
import io.waxalert.discogs.DiscogsRateLimitedException;
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
      boolean master = e.getMessage() != null && e.getMessage().startsWith("[m");
      return answer(HttpStatus.CONFLICT, master ? "That master is already on your wanted list."
          : "That release is already on your wanted list.", "release");
    }
  }

  /**
   * Discogs' failures in the collector's words: what happened and what to do. Discogs' own text and
   * the request (which may carry a URL) go to the log only.
   */
  @Produces
  @Singleton
  @Requires(classes = {DiscogsException.class, ExceptionHandler.class})
  static final class DiscogsHandler implements ExceptionHandler<DiscogsException, HttpResponse<ApiError>> {
    @Override
    public HttpResponse<ApiError> handle(HttpRequest request, DiscogsException e) {
      String detail = e.discogsMessage() != null ? e.discogsMessage() : e.getMessage();
      if (e instanceof DiscogsNotFoundException) {
        return answer(HttpStatus.NOT_FOUND, "Discogs has no such release, master or user; check the link or"
            + " number.", null);
      }
      if (e instanceof DiscogsUnauthorizedException) {
        return answer(HttpStatus.UNAUTHORIZED, "Discogs refused your sign-in; sign in again.", null);
      }
      LOG.warn("Discogs request failed: {}", detail);
      return answer(HttpStatus.BAD_GATEWAY, e instanceof DiscogsRateLimitedException
          ? "Discogs asks WaxAlert to slow down; try again in a minute."
          : "Discogs did not answer; try again in a minute.", null);
    }
  }
}
