package io.waxalert.discogs.internal;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig.SlidingWindowType;
import io.waxalert.discogs.DiscogsCircuitOpenException;
import io.waxalert.discogs.DiscogsClientConfig;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops spending the budget while Discogs is down: a resilience4j circuit breaker over every HTTP
 * attempt of a client (and of its {@code as(…)} copies). After
 * {@link DiscogsClientConfig#circuitFailureThreshold()} failed attempts in a row (5xx, 429, no
 * answer) it opens for {@link DiscogsClientConfig#circuitOpenWait()}, refusing every attempt
 * without a request; then one probe attempt closes it again or reopens it. Thread-safe.
 */
public final class DiscogsCircuit {

  private static final Logger LOG = LoggerFactory.getLogger(DiscogsCircuit.class);

  private final CircuitBreaker breaker;
  private final Clock clock;
  private final Duration openWait;
  private volatile Instant openUntil = Instant.EPOCH;

  public DiscogsCircuit(DiscogsClientConfig config) {
    this.clock = config.clock();
    this.openWait = config.circuitOpenWait();
    int failures = config.circuitFailureThreshold();
    // a count window as long as the threshold at a 100 % failure rate: that many failures in a row
    CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
        .slidingWindow(failures, failures, SlidingWindowType.COUNT_BASED)
        .failureRateThreshold(100)
        .waitDurationInOpenState(openWait)
        .permittedNumberOfCallsInHalfOpenState(1)
        .recordResult(status -> status instanceof Integer s && failed(s))
        .clock(clock)
        .build();
    this.breaker = CircuitBreaker.of("discogs", breakerConfig);
    breaker.getEventPublisher().onStateTransition(event -> {
      switch (event.getStateTransition().getToState()) {
        case OPEN -> {
          openUntil = clock.instant().plus(openWait);
          LOG.warn("Discogs failed {} requests in a row; no request goes out before {}", failures, openUntil);
        }
        case CLOSED -> LOG.info("Discogs answers again; requests resume");
        default -> { }
      }
    });
  }

  /** Whether an answer with this status counts as Discogs being down. */
  static boolean failed(int status) {
    return status >= 500 || status == 429;
  }

  /**
   * Admits one attempt, which must then end in {@link #answered}, {@link #noAnswer} or
   * {@link #notSent}.
   *
   * @throws DiscogsCircuitOpenException while the circuit is open or its probe is under way
   */
  public void admit() {
    if (!breaker.tryAcquirePermission()) {
      throw new DiscogsCircuitOpenException(openUntil, clock.instant());
    }
  }

  public void answered(int status, long startNanos) {
    breaker.onResult(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS, status);
  }

  public void noAnswer(Exception e, long startNanos) {
    breaker.onError(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS, e);
  }

  /** The admitted attempt never went out (no request permit); it decides nothing. */
  public void notSent() {
    breaker.releasePermission();
  }
}
