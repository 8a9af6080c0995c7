package io.waxalert.discogs.internal;

import io.github.resilience4j.ratelimiter.RateLimiter;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsRateLimitedException;
import io.waxalert.discogs.RateLimitStats;
import io.waxalert.discogs.RequestPermits;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one budget of a client: a resilience4j limiter handing out one permit per interval, plus a
 * "not before" instant that holds every request back, set when Discogs says the window is nearly
 * used up, answers 429 (its Retry-After, else one window) or 503 with a Retry-After. Thread-safe.
 */
public final class RateGate {

  private static final Logger LOG = LoggerFactory.getLogger(RateGate.class);
  private static final int UNKNOWN = Integer.MIN_VALUE;

  private final RateLimiter limiter;
  private final DiscogsClientConfig config;
  private final Clock clock;
  private final AtomicLong notBeforeMillis = new AtomicLong();
  private final AtomicLong nextSlotNanos = new AtomicLong(Long.MIN_VALUE);
  private final long intervalNanos;
  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong rateLimited = new AtomicLong();
  private volatile int lastRemaining = UNKNOWN;

  public RateGate(DiscogsClientConfig config) {
    this.config = config;
    this.clock = config.clock();
    // One permit per interval spreads requests evenly; a whole minute's permits at once would let
    // about twice the budget through around a window edge of Discogs' moving window.
    RateLimiterConfig limiterConfig = RateLimiterConfig.custom()
        .limitForPeriod(1)
        .limitRefreshPeriod(config.permitInterval())
        .timeoutDuration(config.permitTimeout())
        .build();
    this.limiter = RateLimiter.of("discogs", limiterConfig);
    this.intervalNanos = config.permitInterval().toNanos();
  }

  /** Blocks until this request may go out: the outside permit first, then the client's own pacing. */
  public void acquire() {
    try (RequestPermits.Permit outside = config.requestPermits().acquire()) {
      long hold = notBeforeMillis.get() - clock.millis();
      if (hold > 0) {
        config.sleeper().sleep(Duration.ofMillis(hold));
      }
      long waitNanos = limiter.reservePermission();
      if (waitNanos < 0) {
        throw new OwnBudgetUsed("no request permit within " + config.permitTimeout() + "; the client is overloaded",
            config.rateWindow());
      }
      if (waitNanos > 0) {
        config.sleeper().sleep(Duration.ofNanos(waitNanos));
      }
      // The limiter's permits sit on a fixed grid, so after an idle spell one stored permit and the
      // next grid permit can fall almost together; keep a full interval between two requests.
      long now = System.nanoTime();
      long slot = nextSlotNanos.accumulateAndGet(now, (previous, n) ->
          previous == Long.MIN_VALUE ? n : Math.max(previous + intervalNanos, n));
      if (slot > now) {
        config.sleeper().sleep(Duration.ofNanos(slot - now));
      }
      // A hold may have begun while this caller waited for its permit.
      long lateHold = notBeforeMillis.get() - clock.millis();
      if (lateHold > 0) {
        config.sleeper().sleep(Duration.ofMillis(lateHold));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new OwnBudgetUsed("interrupted while waiting for a request permit", Duration.ZERO);
    }
    requests.incrementAndGet();
  }

  /** Reads Discogs' budget headers and the status of one answer. */
  public void record(int status, Map<String, Collection<String>> headers) {
    long now = clock.millis();
    if (status == 429) {
      rateLimited.incrementAndGet();
      holdUntil(now + rateLimitedHold(headers, config).toMillis());
    } else if (status == 503) {
      RetryAfter.of(headers, clock, config.maxRetryAfter()).ifPresent(wait -> holdUntil(now + wait.toMillis()));
    }
    OptionalInt remaining = intHeader(headers, "X-Discogs-Ratelimit-Remaining");
    if (remaining.isPresent()) {
      lastRemaining = remaining.getAsInt();
      if (remaining.getAsInt() <= config.lowRemainingThreshold()) {
        LOG.debug("Discogs budget nearly used ({} left), holding back {}", remaining.getAsInt(), config.lowRemainingPause());
        holdUntil(now + config.lowRemainingPause().toMillis());
      }
    }
  }

  /** How long a 429 holds every request back: its Retry-After, capped, else one window. */
  static Duration rateLimitedHold(Map<String, Collection<String>> headers, DiscogsClientConfig config) {
    return RetryAfter.of(headers, config.clock(), config.maxRetryAfter()).orElse(config.rateLimitedBackoff());
  }

  private void holdUntil(long epochMillis) {
    notBeforeMillis.accumulateAndGet(epochMillis, Math::max);
  }

  public RateLimitStats stats() {
    long hold = notBeforeMillis.get();
    int remaining = lastRemaining;
    return new RateLimitStats(
        requests.get(),
        rateLimited.get(),
        remaining == UNKNOWN ? OptionalInt.empty() : OptionalInt.of(remaining),
        hold > clock.millis() ? Instant.ofEpochMilli(hold) : null);
  }

  static OptionalInt intHeader(Map<String, Collection<String>> headers, String name) {
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase(name)) {
        for (String value : e.getValue()) {
          try {
            return OptionalInt.of(Integer.parseInt(value.trim()));
          } catch (NumberFormatException ignored) {
            // a malformed hint is no hint
          }
        }
      }
    }
    return OptionalInt.empty();
  }

  /** No permit from this client's own budget: not Discogs' refusal, so said in other words. */
  private static final class OwnBudgetUsed extends DiscogsRateLimitedException {
    OwnBudgetUsed(String message, Duration suggestedWait) {
      super(null, message, suggestedWait);
    }

    @Override
    public String collectorMessage() {
      return "WaxAlert has no Discogs requests to spare right now (too many checks waiting); it tries again at"
          + " the next check";
    }
  }
}
