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
import java.time.Clock;
import java.time.Duration;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;

/**
 * Maps error answers to the typed exceptions. 429 and 5xx become {@link RetryableException}s that
 * carry the typed exception as cause, for {@link DiscogsRetryer}; Feign's default decoder would not
 * retry a 429 without Retry-After, and Discogs never sends one.
 */
public final class DiscogsErrorDecoder implements ErrorDecoder {

  private final ObjectMapper mapper;
  private final Clock clock;
  private final Duration rateLimitedBackoff;

  public DiscogsErrorDecoder(ObjectMapper mapper, DiscogsClientConfig config) {
    this.mapper = mapper;
    this.clock = config.clock();
    this.rateLimitedBackoff = config.rateLimitedBackoff();
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    Request request = response.request();
    String what = request.httpMethod() + " " + Redaction.url(request.url());
    DiscogsException typed = typed(response.status(), response.headers(), ErrorBodies.read(response), what, mapper,
        rateLimitedBackoff);
    if (typed instanceof DiscogsRateLimitedException limited) {
      // Feign 13.6: retryAfter is an absolute epoch-millisecond instant, not a delay.
      long retryAt = clock.millis() + limited.suggestedWait().toMillis();
      return new RetryableException(429, typed.getMessage(), request.httpMethod(), typed, (Long) retryAt, request);
    }
    if (typed instanceof DiscogsUnavailableException) {
      return new RetryableException(typed.status(), typed.getMessage(), request.httpMethod(), typed, (Long) null, request);
    }
    return typed;
  }

  /** The typed exception for an error answer to {@code what} ("GET https://…"). */
  public static DiscogsException typed(int status, Map<String, Collection<String>> headers, String body, String what,
      ObjectMapper mapper, Duration rateLimitedBackoff) {
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
      OptionalInt retryAfter = RateGate.intHeader(headers, "Retry-After");
      Duration wait = retryAfter.isPresent() ? Duration.ofSeconds(retryAfter.getAsInt()) : rateLimitedBackoff;
      return new DiscogsRateLimitedException(discogsMessage, message, wait);
    }
    if (status >= 500) {
      return new DiscogsUnavailableException(status, discogsMessage, message);
    }
    return new DiscogsException(status, discogsMessage, message);
  }
}
