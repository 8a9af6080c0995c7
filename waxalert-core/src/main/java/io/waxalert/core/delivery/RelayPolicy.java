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

  /**
   * Validates the policy.
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
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if a duration is not positive, {@code maxBackoff} is shorter
   *     than {@code initialBackoff}, or a count is less than 1
   */
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

  /**
   * 1 minute doubling up to 6 hours, give up after 3 days, 5-minute leases, batches of 500, one
   * recipient at a time.
   *
   * @return the default policy
   */
  public static RelayPolicy defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The wait after the {@code attempt}-th failed attempt (1 for the first): doubling, capped.
   *
   * @param attempt the number of failed attempts so far; values below 1 count as 1
   * @return the wait before the next attempt, at most {@code maxBackoff}
   */
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

    /**
     * Default value is 1 minute.
     *
     * @param initialBackoff wait after the first failed attempt; positive
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = initialBackoff;
      return this;
    }

    /**
     * Default value is 6 hours.
     *
     * @param maxBackoff the longest wait between two attempts; at least {@code initialBackoff}
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = maxBackoff;
      return this;
    }

    /**
     * Default value is 3 days.
     *
     * @param giveUpAfter how long after its alert a failing delivery is given up; positive
     * @return this builder
     */
    public Builder giveUpAfter(Duration giveUpAfter) {
      this.giveUpAfter = giveUpAfter;
      return this;
    }

    /**
     * Default value is 5 minutes.
     *
     * @param lease how long a claim keeps other senders off a delivery; positive
     * @return this builder
     */
    public Builder lease(Duration lease) {
      this.lease = lease;
      return this;
    }

    /**
     * Default value is 500.
     *
     * @param batchSize deliveries read from the outbox at a time; at least 1
     * @return this builder
     */
    public Builder batchSize(int batchSize) {
      this.batchSize = batchSize;
      return this;
    }

    /**
     * Default value is 1: one recipient at a time.
     *
     * @param maxParallelism recipients sent to at the same time; at least 1
     * @return this builder
     */
    public Builder maxParallelism(int maxParallelism) {
      this.maxParallelism = maxParallelism;
      return this;
    }

    /**
     * Builds and checks the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException naming the first invalid value
     */
    public RelayPolicy build() {
      return new RelayPolicy(initialBackoff, maxBackoff, giveUpAfter, lease, batchSize, maxParallelism);
    }
  }
}
