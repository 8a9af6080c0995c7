package io.waxalert.core.sellers;

import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link SellerWatch} spends requests on one seller.
 *
 * @param maxPagesPerCheck most inventory pages (requests) one check of one seller reads; at least
 *     2, so a complete read progresses beside the newest page
 * @param maxStaleness every readable listing is read again at least once within this, so sold
 *     listings leave within it
 * @param readablePages the deepest page the source serves: Discogs serves other sellers'
 *     inventories up to page 100 (10,000 listings at 100 per page)
 */
public record SellerWatchPolicy(int maxPagesPerCheck, Duration maxStaleness, int readablePages) {

  private static final SellerWatchPolicy DEFAULTS = builder().build();

  /**
   * Validates the policy.
   *
   * @param maxPagesPerCheck most inventory pages (requests) one check of one seller reads; at
   *     least 2
   * @param maxStaleness every readable listing is read again at least once within this; positive
   * @param readablePages the deepest page the source serves; at least 1
   * @throws NullPointerException if {@code maxStaleness} is null
   * @throws IllegalArgumentException naming the value out of range
   */
  public SellerWatchPolicy {
    Objects.requireNonNull(maxStaleness, "maxStaleness");
    if (maxPagesPerCheck < 2) {
      throw new IllegalArgumentException("maxPagesPerCheck must be at least 2");
    }
    if (maxStaleness.isNegative() || maxStaleness.isZero()) {
      throw new IllegalArgumentException("maxStaleness must be positive");
    }
    if (readablePages < 1) {
      throw new IllegalArgumentException("readablePages must be at least 1");
    }
  }

  /**
   * The defaults: 10 pages a check, every listing read again within 24 hours, 100 readable pages.
   *
   * @return the default policy
   */
  public static SellerWatchPolicy defaults() {
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

  /** Builds a {@link SellerWatchPolicy}. */
  public static final class Builder {
    private int maxPagesPerCheck = 10;
    private Duration maxStaleness = Duration.ofHours(24);
    private int readablePages = 100;

    private Builder() {}

    /**
     * Default value is 10 (1,000 listings a check at 100 per page).
     *
     * @param maxPagesPerCheck most requests one check of one seller spends; at least 2
     * @return this builder
     */
    public Builder maxPagesPerCheck(int maxPagesPerCheck) {
      this.maxPagesPerCheck = maxPagesPerCheck;
      return this;
    }

    /**
     * Default value is 24 hours, the service's {@code waxalert.monitor.max-staleness}.
     *
     * @param maxStaleness how long a sold listing may stay known at most; positive
     * @return this builder
     */
    public Builder maxStaleness(Duration maxStaleness) {
      this.maxStaleness = maxStaleness;
      return this;
    }

    /**
     * Default value is 100, Discogs' limit for other sellers' inventories.
     *
     * @param readablePages the deepest page the source serves; at least 1
     * @return this builder
     */
    public Builder readablePages(int readablePages) {
      this.readablePages = readablePages;
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException naming the value out of range
     */
    public SellerWatchPolicy build() {
      return new SellerWatchPolicy(maxPagesPerCheck, maxStaleness, readablePages);
    }
  }
}
