package io.waxalert.discogs.internal;

import feign.RetryableException;
import feign.Retryer;
import io.waxalert.discogs.DiscogsClientConfig;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.DiscogsUnavailableException;
import java.time.Duration;

/**
 * Bounded retries for 429, 5xx and I/O errors, waiting through the configured sleeper; then the
 * typed exception. Unlike {@code Retryer.Default} it does not cap a 429's one-window wait at a
 * second. One instance per call (Feign clones it).
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
    attempt++;
    try {
      config.sleeper().sleep(wait);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw typed(e);
    }
  }

  private Duration waitBefore(RetryableException e, int failedAttempt) {
    Duration cap = max(config.maxRetryBackoff(), config.rateLimitedBackoff());
    if (e.retryAfter() != null) {
      long millis = Math.max(0, e.retryAfter() - config.clock().millis());
      return min(Duration.ofMillis(millis), cap);
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

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @Override
  public Retryer clone() {
    return new DiscogsRetryer(config);
  }
}
