package io.waxalert.discogs.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import feign.Request;
import feign.Response;
import feign.RetryableException;
import feign.codec.ErrorDecoder;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.DiscogsNotFoundException;
import io.waxalert.discogs.DiscogsRateLimitedException;
import io.waxalert.discogs.DiscogsUnauthorizedException;
import io.waxalert.discogs.DiscogsUnavailableException;
import java.util.Collection;
import java.util.Map;

/**
 * Maps error answers to the typed exceptions. 429 and 5xx become {@link RetryableException}s that
 * carry the typed exception as cause, for {@link DiscogsRetryer}; those of a 429, and of a 503 with
 * Retry-After, carry when the {@link RateGate}'s hold ends (Feign's default decoder would not retry
 * a 429 without Retry-After, which Discogs usually omits).
 */
public final class DiscogsErrorDecoder implements ErrorDecoder {

  private final ObjectMapper mapper;
  private final DiscogsClientConfig config;

  public DiscogsErrorDecoder(ObjectMapper mapper, DiscogsClientConfig config) {
    this.mapper = mapper;
    this.config = config;
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Request request = response.request();
    String what = request.httpMethod() + " " + Redaction.url(request.url());
    DiscogsException typed = typed(response.status(), response.headers(), ErrorBodies.read(response), what, mapper,
        config);
    // Feign 13.6: retryAfter is an absolute epoch-millisecond instant, not a delay.
    if (typed instanceof DiscogsRateLimitedException limited) {
      long retryAt = config.clock().millis() + limited.suggestedWait().toMillis();
      return new RetryableException(429, typed.getMessage(), request.httpMethod(), typed, (Long) retryAt, request);
    }
    if (typed instanceof DiscogsUnavailableException) {
      Long retryAt = typed.status() != 503 ? null : RetryAfter.of(response.headers(), config.clock(),
          config.maxRetryAfter()).map(wait -> config.clock().millis() + wait.toMillis()).orElse(null);
      return new RetryableException(typed.status(), typed.getMessage(), request.httpMethod(), typed, retryAt, request);
    }
    return typed;
  }

  /** The typed exception for an error answer to {@code what} ("GET https://…"). */
  public static DiscogsException typed(int status, Map<String, Collection<String>> headers, String body, String what,
      ObjectMapper mapper, DiscogsClientConfig config) {
    String discogsMessage = ErrorBodies.discogsMessage(body, mapper);
    String message = "Discogs answered " + status + " to " + what + ": "
        + (discogsMessage != null ? discogsMessage : ErrorBodies.describe(body));
    if (status == 404) {
      return new DiscogsNotFoundException(discogsMessage, message);
    }
    if (status == 401 || status == 403) {
      return new DiscogsUnauthorizedException(status, discogsMessage, message);
    }
    if (status == 429) {
      return new DiscogsRateLimitedException(discogsMessage, message, RateGate.rateLimitedHold(headers, config));
    }
    if (status >= 500) {
      return new DiscogsUnavailableException(status, discogsMessage, message);
    }
    return new DiscogsException(status, discogsMessage, message);
  }
}
