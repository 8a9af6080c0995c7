package io.waxalert.discogs;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code waxalert.monitor.listing-source=auto}: market stats from the API for every release, and the
 * website's sell page only when the engine asks for it — for entries whose lowest price could fit
 * and that set a listing-level criterion ({@link #listingsOnlyWhenNeeded()}). Where the page cannot
 * be read (a Cloudflare challenge, 403, a layout it does not know), {@link #listings} throws a
 * {@link SellPageException} that says why in a collector's words, and the engine falls back to a
 * stats alert naming what it could not verify.
 *
 * <p>Back-off per release: a release whose page failed is not fetched again before its retry time —
 * {@code firstBackoff} after the first failure, doubling with each failure in a row up to
 * {@code maxBackoff}, cleared by a success. While it backs off, {@link #listings} fails at once
 * without spending a Discogs request. {@link #backingOff()} and {@link #counters()} show the state
 * for status details and metrics. Thread-safe.
 *
 * <p>Requests per check of a release: 1 for the stats, plus 1 per sell page read (at most
 * {@code maxPages}, 250 listings each, 1 by default) when an entry needs the listings and the
 * release is not backing off.
 */
public final class AutoListingSource implements ListingSource {

  /**
   * Sell-page traffic since this source was built.
   *
   * @param pageReads sell pages read successfully
   * @param pageFailures sell-page reads that failed
   * @param skippedWhileBackingOff listing calls refused without a request because the release was
   *     backing off
   * @param failuresByReason failed reads per reason, every reason present
   */
  public record Counters(long pageReads, long pageFailures, long skippedWhileBackingOff,
      Map<SellPageException.Reason, Long> failuresByReason) {
    /**
     * Copies the map.
     *
     * @param pageReads sell pages read successfully
     * @param pageFailures sell-page reads that failed
     * @param skippedWhileBackingOff listing calls refused without a request because the release was
     *     backing off
     * @param failuresByReason failed reads per reason, every reason present
     * @throws NullPointerException if {@code failuresByReason} is null
     */
    public Counters {
      failuresByReason = Map.copyOf(failuresByReason);
    }
  }

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final int PRUNE_ABOVE = 1_000;

  private final DiscogsClient client;
  private final StatsListingSource stats;
  private final Duration firstBackoff;
  private final Duration maxBackoff;
  private final int maxPages;
  private final Clock clock;
  private final Map<Long, SellPageFailure> failures = new ConcurrentHashMap<>();
  private final AtomicLong pageReads = new AtomicLong();
  private final AtomicLong skipped = new AtomicLong();
  private final Map<SellPageException.Reason, AtomicLong> failuresByReason = new EnumMap<>(SellPageException.Reason.class);

  private AutoListingSource(Builder b) {
    this.client = b.client;
    this.stats = new StatsListingSource(b.client, b.priceSuggestions);
    this.firstBackoff = b.firstBackoff;
    this.maxBackoff = b.maxBackoff;
    this.maxPages = b.maxPages;
    this.clock = b.clock == null ? b.client.config().clock() : b.clock;
    for (SellPageException.Reason reason : SellPageException.Reason.values()) {
      failuresByReason.put(reason, new AtomicLong());
    }
  }

  /**
   * Back-off from 1 hour to 24 hours, 1 page (the cheapest 250), no price suggestions, the client's clock.
   *
   * @param client the client whose budget and User-Agent every request uses
   */
  public AutoListingSource(DiscogsClient client) {
    this(builder(client));
  }

  /**
   * A builder starting from the defaults of {@link #AutoListingSource(DiscogsClient)}.
   *
   * @param client the client whose budget and User-Agent every request uses
   * @return a new builder
   * @throws NullPointerException if {@code client} is null
   */
  public static Builder builder(DiscogsClient client) {
    return new Builder(client);
  }

  @Override
  public String description() {
    return "Discogs marketplace stats, and the sell page where a listing could fit";
  }

  /** From the API, always. */
  @Override
  public MarketStats stats(long releaseId, Currency currency) {
    return stats.stats(releaseId, currency);
  }

  @Override
  public ReferencePrices referencePrices(long releaseId, Currency currency) {
    return stats.referencePrices(releaseId, currency);
  }

  @Override
  public boolean providesListings() {
    return true;
  }

  @Override
  public boolean listingsOnlyWhenNeeded() {
    return true;
  }

  /**
   * The sell page's listings, cheapest first, in each seller's currency.
   *
   * @throws SellPageException when the page cannot be read, or at once, without a request, while
   *     the release backs off after an earlier failure
   */
  @Override
  public List<Listing> listings(long releaseId, Currency currency) {
    Instant now = clock.instant();
    SellPageFailure last = failures.get(releaseId);
    if (last != null && last.isBackingOff(now)) {
      skipped.incrementAndGet();
      throw new SellPageException(releaseId, last.reason(), retryNote(last));
    }
    try {
      List<Listing> listings = client.sellPageListings(releaseId, maxPages);
      pageReads.incrementAndGet();
      failures.remove(releaseId);
      return listings;
    } catch (SellPageException e) {
      SellPageFailure failure = failures.compute(releaseId, (id, previous) -> next(id, previous, e, now));
      failuresByReason.get(e.reason()).incrementAndGet();
      prune(now);
      throw new SellPageException(releaseId, e.reason(),
          (e.detail().isEmpty() ? "" : e.detail() + "; ") + retryNote(failure), e);
    }
  }

  /**
   * The releases whose sell page is not fetched now, soonest retry first.
   *
   * @return the failures whose retry time is still to come
   */
  public List<SellPageFailure> backingOff() {
    Instant now = clock.instant();
    return failures.values().stream().filter(f -> f.isBackingOff(now))
        .sorted(Comparator.comparing(SellPageFailure::retryAfter)).toList();
  }

  /**
   * The last failure of a release's sell page since its last success, if any.
   *
   * @param releaseId the Discogs release id
   * @return the failure, backing off or not, or empty when the last read succeeded or none was made
   */
  public Optional<SellPageFailure> failure(long releaseId) {
    return Optional.ofNullable(failures.get(releaseId));
  }

  /**
   * Sell-page traffic since this source was built, for metrics.
   *
   * @return a snapshot of the counters
   */
  public Counters counters() {
    Map<SellPageException.Reason, Long> byReason = new EnumMap<>(SellPageException.Reason.class);
    failuresByReason.forEach((reason, count) -> byReason.put(reason, count.get()));
    long failed = byReason.values().stream().mapToLong(Long::longValue).sum();
    return new Counters(pageReads.get(), failed, skipped.get(), byReason);
  }

  private SellPageFailure next(long releaseId, SellPageFailure previous, SellPageException e, Instant now) {
    int count = previous == null ? 1 : previous.consecutiveFailures() + 1;
    Duration wait = firstBackoff.multipliedBy(1L << Math.min(count - 1, 30));
    if (wait.compareTo(maxBackoff) > 0 || wait.isNegative()) {
      wait = maxBackoff;
    }
    return new SellPageFailure(releaseId, e.reason(), e.getMessage(), count, now, now.plus(wait));
  }

  /** Forgets releases not tried for a whole back-off beyond their retry time (no longer watched). */
  private void prune(Instant now) {
    if (failures.size() > PRUNE_ABOVE) {
      failures.values().removeIf(f -> f.retryAfter().plus(maxBackoff).isBefore(now));
    }
  }

  private static String retryNote(SellPageFailure failure) {
    return (failure.consecutiveFailures() == 1 ? "first failure" : failure.consecutiveFailures() + " failures in a row")
        + "; next try after " + WHEN.format(failure.retryAfter());
  }

  /** Builds an {@link AutoListingSource}. */
  public static final class Builder {
    private final DiscogsClient client;
    private boolean priceSuggestions;
    private Duration firstBackoff = Duration.ofHours(1);
    private Duration maxBackoff = Duration.ofHours(24);
    private int maxPages = SellPageListingSource.DEFAULT_MAX_PAGES;
    private Clock clock;

    private Builder(DiscogsClient client) {
      this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Discogs' price suggestions as reference prices (needs a signed-in user). Default value is
     * false.
     *
     * @param use true to ask Discogs for price suggestions, one request more per release
     * @return this builder
     */
    public Builder priceSuggestions(boolean use) {
      this.priceSuggestions = use;
      return this;
    }

    /**
     * Wait after a release's first failure. Default value is 1 hour.
     *
     * @param firstBackoff the wait, positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder firstBackoff(Duration firstBackoff) {
      this.firstBackoff = positive(firstBackoff, "firstBackoff");
      return this;
    }

    /**
     * Longest wait, however many failures in a row. Default value is 24 hours.
     *
     * @param maxBackoff the wait, positive and at least {@code firstBackoff} when built
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = positive(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * Pages of 250 read at most per release, cheapest first; each is a request. Default value is
     * {@link SellPageListingSource#DEFAULT_MAX_PAGES} (1: the cheapest 250).
     *
     * @param maxPages pages, at least 1
     * @return this builder
     * @throws IllegalArgumentException if less than 1
     */
    public Builder maxPages(int maxPages) {
      if (maxPages < 1) {
        throw new IllegalArgumentException("maxPages must be at least 1");
      }
      this.maxPages = maxPages;
      return this;
    }

    /**
     * Default value is the client's clock.
     *
     * @param clock the time of failures and retry times
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Builds the source.
     *
     * @return the source
     * @throws IllegalArgumentException if {@code maxBackoff} is shorter than {@code firstBackoff}
     */
    public AutoListingSource build() {
      if (maxBackoff.compareTo(firstBackoff) < 0) {
        throw new IllegalArgumentException("maxBackoff must not be shorter than firstBackoff");
      }
      return new AutoListingSource(this);
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return d;
    }
  }
}
