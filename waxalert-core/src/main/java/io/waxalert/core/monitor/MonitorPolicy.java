package io.waxalert.core.monitor;

import java.time.Duration;
import java.util.Objects;

/**
 * How the monitoring engine works through the wanted entries.
 *
 * @param interval how often each active entry is checked
 * @param maxEntriesPerCycle most entries one {@link MonitoringEngine#runDue()} takes on
 * @param referenceWindow how far back observed prices count for the trailing-median reference
 * @param webUrl the Discogs site, for sell-page links of market-stats alerts
 */
public record MonitorPolicy(Duration interval, int maxEntriesPerCycle, Duration referenceWindow, String webUrl) {

  private static final MonitorPolicy DEFAULTS = builder().build();

  /**
   * Validates the policy; a trailing slash of {@code webUrl} is dropped.
   *
   * @param interval how often each active entry is checked
   * @param maxEntriesPerCycle most entries one {@link MonitoringEngine#runDue()} takes on
   * @param referenceWindow how far back observed prices count for the trailing-median reference
   * @param webUrl the Discogs site, for sell-page links of market-stats alerts
   * @throws NullPointerException if a duration or {@code webUrl} is null
   * @throws IllegalArgumentException if a duration is negative or {@code maxEntriesPerCycle} less
   *     than 1
   */
  public MonitorPolicy {
    Objects.requireNonNull(interval, "interval");
    Objects.requireNonNull(referenceWindow, "referenceWindow");
    Objects.requireNonNull(webUrl, "webUrl");
    if (interval.isNegative() || referenceWindow.isNegative()) {
      throw new IllegalArgumentException("durations must not be negative");
    }
    if (maxEntriesPerCycle < 1) {
      throw new IllegalArgumentException("maxEntriesPerCycle must be at least 1");
    }
    webUrl = webUrl.endsWith("/") ? webUrl.substring(0, webUrl.length() - 1) : webUrl;
  }

  /**
   * Hourly checks, at most 100,000 entries a cycle, a 30-day reference window,
   * {@code https://www.discogs.com}.
   *
   * @return the default policy
   */
  public static MonitorPolicy defaults() {
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
   * The release's sell page on the Discogs site.
   *
   * @param releaseId the Discogs release id
   * @return {@code <webUrl>/sell/release/<id>}
   */
  public String sellPageUrl(long releaseId) {
    return webUrl + "/sell/release/" + releaseId;
  }

  /** Builds a {@link MonitorPolicy}. */
  public static final class Builder {
    private Duration interval = Duration.ofHours(1);
    private int maxEntriesPerCycle = 100_000;
    private Duration referenceWindow = Duration.ofDays(30);
    private String webUrl = "https://www.discogs.com";

    private Builder() {}

    /**
     * Default value is 1 hour.
     *
     * @param interval how often each active entry is checked; not negative
     * @return this builder
     */
    public Builder interval(Duration interval) {
      this.interval = interval;
      return this;
    }

    /**
     * Default value is 100,000.
     *
     * @param maxEntriesPerCycle most entries one cycle takes on; at least 1
     * @return this builder
     */
    public Builder maxEntriesPerCycle(int maxEntriesPerCycle) {
      this.maxEntriesPerCycle = maxEntriesPerCycle;
      return this;
    }

    /**
     * Default value is 30 days.
     *
     * @param referenceWindow how far back observed prices count for the reference; not negative
     * @return this builder
     */
    public Builder referenceWindow(Duration referenceWindow) {
      this.referenceWindow = referenceWindow;
      return this;
    }

    /**
     * Default value is {@code https://www.discogs.com}.
     *
     * @param webUrl the Discogs site's base URL
     * @return this builder
     */
    public Builder webUrl(String webUrl) {
      this.webUrl = webUrl;
      return this;
    }

    /**
     * Builds and checks the policy.
     *
     * @return the policy
     * @throws IllegalArgumentException naming the invalid value
     */
    public MonitorPolicy build() {
      return new MonitorPolicy(interval, maxEntriesPerCycle, referenceWindow, webUrl);
    }
  }
}
