package io.waxalert.app.auth;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.waxalert.app.api.ApiException;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds sign-in attempts per client address ({@code waxalert.sign-in.max-per-minute}, default 10):
 * each attempt costs a request of the one Discogs budget every user shares, so an anonymous caller
 * must not be able to spend it, nor tie up the service, with junk tokens.
 */
@Singleton
class SignInThrottle {

  private static final long MINUTE_MILLIS = 60_000;
  /** Beyond this many tracked addresses, windows of past minutes are dropped. */
  private static final int PRUNE_ABOVE = 10_000;

  private record Window(long minute, int attempts) {}

  private final int maxPerMinute;
  private final Clock clock;
  private final Map<String, Window> windows = new ConcurrentHashMap<>();

  SignInThrottle(@Value("${waxalert.sign-in.max-per-minute:10}") int maxPerMinute, Clock clock) {
    if (maxPerMinute < 1) {
      throw new IllegalArgumentException("waxalert.sign-in.max-per-minute must be at least 1");
    }
    this.maxPerMinute = maxPerMinute;
    this.clock = clock;
  }

  /** Counts an attempt of the request's client; 429 once it exceeds this minute's allowance. */
  void attempt(HttpRequest<?> request) {
    String client = request.getRemoteAddress().getAddress() == null
        ? request.getRemoteAddress().getHostString()
        : request.getRemoteAddress().getAddress().getHostAddress();
    long minute = clock.millis() / MINUTE_MILLIS;
    Window window = windows.compute(client, (address, old) ->
        old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.attempts() + 1));
    if (windows.size() > PRUNE_ABOVE) {
      windows.values().removeIf(w -> w.minute() != minute);
    }
    if (window.attempts() > maxPerMinute) {
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS,
          "too many sign-in attempts from this address; try again in a minute", null);
    }
  }
}
