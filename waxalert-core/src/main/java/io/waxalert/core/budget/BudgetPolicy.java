package io.waxalert.core.budget;

import java.time.Duration;
import java.util.Objects;

/**
 * How the Discogs budget is spent: the service's {@code waxalert.monitor.*} and
 * {@code waxalert.discogs.requests-per-minute} properties, checked once.
 *
 * @param interval how often each active release should be fetched ({@code monitor.interval});
 *     only releases last fetched longer ago are background work
 * @param maxStaleness no active release goes longer than this without a fetch, as long as the rate
 *     can cover every release within it at all ({@code monitor.max-staleness})
 * @param marketMaxAge a fetch younger than this serves every need of its release, so it is never
 *     repeated within it ({@code monitor.market-max-age}); zero always fetches
 * @param requestsPerMinute the rate the planned fetches are executed at (all instances together
 *     when they share the planning); sets the {@code max-staleness} lead time and the estimates
 * @param nearMaximum how far above an entry's maximum the last lowest price may be, relatively,
 *     for the release to count as near it (0.1: at most 10 % above); also the scale of the
 *     nearness weight that ranks due releases
 * @param burst how many fetches a collector whose work (re)appears after a quiet spell gets ahead
 *     of the least charged, so a light user's check-all runs at the full rate for that long instead
 *     of one fetch per round of every collector; collectors that always have work never get it
 */
public record BudgetPolicy(
    Duration interval, Duration maxStaleness, Duration marketMaxAge, double requestsPerMinute,
    double nearMaximum, int burst) {

  private static final BudgetPolicy DEFAULTS = builder().build();

  /**
   * Validates the policy, with messages naming the service's property.
   *
   * @param interval how often each active release should be fetched ({@code monitor.interval});
   *     only releases last fetched longer ago are background work
   * @param maxStaleness no active release goes longer than this without a fetch, as long as the
   *     rate can cover every release within it at all ({@code monitor.max-staleness})
   * @param marketMaxAge a fetch younger than this serves every need of its release, so it is never
   *     repeated within it ({@code monitor.market-max-age}); zero always fetches
   * @param requestsPerMinute the rate the planned fetches are executed at (all instances together
   *     when they share the planning); sets the {@code max-staleness} lead time and the estimates
   * @param nearMaximum how far above an entry's maximum the last lowest price may be, relatively,
   *     for the release to count as near it (0.1: at most 10 % above); also the scale of the
   *     nearness weight that ranks due releases
   * @param burst how many fetches a collector whose work (re)appears after a quiet spell gets ahead
   *     of the least charged, so a light user's check-all runs at the full rate for that long
   *     instead of one fetch per round of every collector; collectors that always have work never
   *     get it
   * @throws NullPointerException if a duration is null
   * @throws IllegalArgumentException if {@code interval} is not positive, {@code maxStaleness}
   *     shorter than it, {@code marketMaxAge} negative, the rate or {@code nearMaximum} not a
   *     positive finite number, or {@code burst} negative
   */
  public BudgetPolicy {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(maxStaleness, "maxStaleness");
    Objects.requireNonNull(marketMaxAge, "marketMaxAge");
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException("interval must be positive");
    }
    if (maxStaleness.compareTo(interval) < 0) {
      throw new IllegalArgumentException("max-staleness (" + maxStaleness
          + ") must not be shorter than interval (" + interval + ")");
    }
    if (marketMaxAge.isNegative()) {
      throw new IllegalArgumentException("market-max-age must not be negative");
    }
    if (!(requestsPerMinute > 0) || Double.isInfinite(requestsPerMinute)) {
      throw new IllegalArgumentException("requests-per-minute must be a positive number");
    }
    if (!(nearMaximum > 0) || Double.isInfinite(nearMaximum)) {
      throw new IllegalArgumentException("nearMaximum must be a positive finite number");
    }
    if (burst < 0) {
      throw new IllegalArgumentException("burst must not be negative");
    }
  }

  /**
   * 1 hour, 24 hours, 5 minutes, 60 requests a minute, 10 %, 10 fetches: the service's defaults.
   *
   * @return the default policy
   */
  public static BudgetPolicy defaults() {
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
   * A builder holding this policy, to change part of it (e.g. the rate when instances come and go).
   *
   * @return a new builder, pre-filled
   */
  public Builder toBuilder() {
    return new Builder().interval(interval).maxStaleness(maxStaleness).marketMaxAge(marketMaxAge)
        .requestsPerMinute(requestsPerMinute).nearMaximum(nearMaximum).burst(burst);
  }

  /** The time one request takes out of the budget on average. */
  Duration perRequest() {
    return Duration.ofNanos(Math.round(60_000_000_000d / requestsPerMinute));
  }

  /** Builds a {@link BudgetPolicy}; {@link #build()} checks the values. */
  public static final class Builder {
    private Duration interval = Duration.ofHours(1);
    private Duration maxStaleness = Duration.ofHours(24);
    private Duration marketMaxAge = Duration.ofMinutes(5);
    private double requestsPerMinute = 60;
    private double nearMaximum = 0.10;
    private int burst = 10;

    private Builder() {}

    /**
     * Default value is 1 hour.
     *
     * @param interval how often each active release should be fetched; positive
     * @return this builder
     */
    public Builder interval(Duration interval) {
      this.interval = interval;
      return this;
    }

    /**
     * Default value is 24 hours.
     *
     * @param maxStaleness the longest an active release may go without a fetch; at least
     *     {@code interval}
     * @return this builder
     */
    public Builder maxStaleness(Duration maxStaleness) {
      this.maxStaleness = maxStaleness;
      return this;
    }

    /**
     * Default value is 5 minutes.
     *
     * @param marketMaxAge how long one fetch serves every need of its release; zero or more
     * @return this builder
     */
    public Builder marketMaxAge(Duration marketMaxAge) {
      this.marketMaxAge = marketMaxAge;
      return this;
    }

    /**
     * Default value is 60, Discogs' limit for authenticated requests.
     *
     * @param requestsPerMinute the Discogs requests per minute the plans are executed at; positive
     * @return this builder
     */
    public Builder requestsPerMinute(double requestsPerMinute) {
      this.requestsPerMinute = requestsPerMinute;
      return this;
    }

    /**
     * Default value is 0.10: a last lowest price at most 10 % above a maximum is near it; 20 % above
     * weighs 0.14, 40 % above 0.02. Chosen with the budget simulation (docs/benchmarks.md): steeper
     * than 0.25 caught more alerts within one interval with a lower mean delay.
     *
     * @param nearMaximum how far above a maximum, relatively, a lowest price still counts as near;
     *     positive
     * @return this builder
     */
    public Builder nearMaximum(double nearMaximum) {
      this.nearMaximum = nearMaximum;
      return this;
    }

    /**
     * Default value is 10 fetches.
     *
     * @param burst fetches a returning collector gets ahead of the least charged; zero or more
     * @return this builder
     */
    public Builder burst(int burst) {
      this.burst = burst;
      return this;
    }

    /**
     * Builds and checks the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException naming the first invalid value
     */
    public BudgetPolicy build() {
      return new BudgetPolicy(interval, maxStaleness, marketMaxAge, requestsPerMinute, nearMaximum, burst);
    }
  }
}
