package io.waxalert.app.auth;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.settings.SignInProperties;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bounds what one client address may spend of the one Discogs budget every user shares without
 * being anyone: refused sign-ins (junk tokens) and started "Sign in with Discogs" logins, at most
 * {@code waxalert.sign-in.max-per-minute} (default 10) a minute. Good tokens are never counted.
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

  SignInThrottle(SignInProperties settings, Clock clock) {
    this.maxPerMinute = settings.maxPerMinute();
    this.clock = clock;
  }

  /** 429 when the request's client has used up this minute's allowance. */
  void requireAllowance(HttpRequest<?> request) {
    Window window = windows.get(client(request));
    if (window != null && window.minute() == currentMinute() && window.attempts() >= maxPerMinute) {
      throw new ApiException(HttpStatus.TOO_MANY_REQUESTS,
          "too many sign-in attempts from this address; try again in a minute", null);
    }
  }

  /** Counts one attempt against the request's client. */
  void count(HttpRequest<?> request) {
    long minute = currentMinute();
    windows.compute(client(request), (address, old) ->
        old == null || old.minute() != minute ? new Window(minute, 1) : new Window(minute, old.attempts() + 1));
    if (windows.size() > PRUNE_ABOVE) {
      windows.values().removeIf(w -> w.minute() != minute);
    }
  }

  private long currentMinute() {
    return clock.millis() / MINUTE_MILLIS;
  }

  private static String client(HttpRequest<?> request) {
    return request.getRemoteAddress().getAddress() == null
        ? request.getRemoteAddress().getHostString()
        : request.getRemoteAddress().getAddress().getHostAddress();
  }
}
