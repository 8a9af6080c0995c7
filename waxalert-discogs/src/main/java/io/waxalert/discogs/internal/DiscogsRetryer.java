package io.waxalert.discogs.internal;

import feign.RetryableException;
import feign.Retryer;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.DiscogsUnavailableException;
import java.time.Duration;

/**
 * Bounded retries for 429, 5xx and I/O errors; then the typed exception. A 5xx or I/O error waits
 * an exponential backoff through the configured sleeper. A 429 (or 503 with Retry-After) waits for
 * nothing here: the {@link RateGate} holds every request of the client until the hold ends, this
 * retry included; a hold longer than {@link DiscogsClientConfig#longestRetryWait()} fails the call at
 * once, so a check that cannot be made soon is reported failed soon. One instance per call (Feign
 * clones it).
 */
public final class DiscogsRetryer implements Retryer {

  private final DiscogsClientConfig config;
  private int attempt = 1;

  public DiscogsRetryer(DiscogsClientConfig config) {
    this.config = config;
  }

  @Override
  public void continueOrPropagate(RetryableException e) {
    if (attempt >= config.maxAttempts()) {
      throw typed(e);
    }
    Duration wait = waitBefore(e, attempt);
    if (wait == null) {
      throw typed(e);
    }
    attempt++;
    try {
      config.sleeper().sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw typed(e);
    }
  }

  /** The wait before the next attempt; null when the hold is too long to sit through. */
  private Duration waitBefore(RetryableException e, int failedAttempt) {
    if (e.retryAfter() != null) {
      long millis = e.retryAfter() - config.clock().millis();
      return millis > config.longestRetryWait().toMillis() ? null : Duration.ZERO;
    }
    Duration exponential = config.retryBackoff().multipliedBy(1L << Math.min(failedAttempt - 1, 20));
    return min(exponential, config.maxRetryBackoff());
  }

  private static RuntimeException typed(RetryableException e) {
    if (e.getCause() instanceof DiscogsException typed) {
      return typed;
    }
    String url = e.request() == null ? "" : e.method() + " " + Redaction.url(e.request().url());
    return new DiscogsUnavailableException("no answer from Discogs for " + url + ": " + e.getMessage(), e);
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  @Override
  public Retryer clone() {
    return new DiscogsRetryer(config);
  }
}
