package io.waxalert.core.delivery;

import java.time.Duration;
import java.util.Objects;

/**
 * How the {@link AlertRelay} retries and gives up.
 *
 * @param initialBackoff wait after the first failed attempt; doubled after each further one
 * @param maxBackoff the longest wait between two attempts
 * @param giveUpAfter a delivery still failing this long after its alert was recorded is given up
 *     and recorded undeliverable
 * @param lease how long a claim keeps other senders off a delivery being sent; a crashed sender's
 *     deliveries are due again after it
 * @param batchSize deliveries read from the outbox at a time
 * @param maxParallelism recipients (per channel) sent to at the same time, when the relay has an
 *     executor
 */
public record RelayPolicy(
    Duration initialBackoff, Duration maxBackoff, Duration giveUpAfter, Duration lease, int batchSize,
    int maxParallelism) {

  private static final RelayPolicy DEFAULTS = builder().build();

  public RelayPolicy {
    requirePositive(initialBackoff, "initialBackoff");
    requirePositive(maxBackoff, "maxBackoff");
    requirePositive(giveUpAfter, "giveUpAfter");
    requirePositive(lease, "lease");
    if (maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("maxBackoff must not be shorter than initialBackoff");
    }
    if (batchSize < 1 || maxParallelism < 1) {
      throw new IllegalArgumentException("batchSize and maxParallelism must be at least 1");
    }
  }

  public static RelayPolicy defaults() {
    return DEFAULTS;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The wait after the {@code attempt}-th failed attempt (1 for the first): doubling, capped. */
  public Duration backoff(int attempt) {
    Duration wait = initialBackoff.multipliedBy(1L << Math.min(Math.max(attempt, 1) - 1, 30));
    return wait.compareTo(maxBackoff) > 0 || wait.isNegative() ? maxBackoff : wait;
  }

  private static void requirePositive(Duration value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be positive");
    }
  }

  /** Builds a {@link RelayPolicy}. */
  public static final class Builder {
    private Duration initialBackoff = Duration.ofMinutes(1);
    private Duration maxBackoff = Duration.ofHours(6);
    private Duration giveUpAfter = Duration.ofDays(3);
    private Duration lease = Duration.ofMinutes(5);
    private int batchSize = 500;
    private int maxParallelism = 1;

    private Builder() {}

    /** Default value is 1 minute. */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /** Default value is 6 hours. */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /** Default value is 3 days. */
    public Builder giveUpAfter(Duration giveUpAfter) {
      this.giveUpAfter = giveUpAfter;
      return this;
    }

    /** Default value is 5 minutes. */
    public Builder lease(Duration lease) {
      this.lease = lease;
      return this;
    }

    /** Default value is 500. */
    public Builder batchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    /** Default value is 1: one recipient at a time. */
    public Builder maxParallelism(int maxParallelism) {
      this.maxParallelism = maxParallelism;
      return this;
    }

    public RelayPolicy build() {
      return new RelayPolicy(initialBackoff, maxBackoff, giveUpAfter, lease, batchSize, maxParallelism);
    }
  }
}
