package io.waxalert.core.sellers;

import io.waxalert.core.criteria.CriteriaMatcher;
import io.waxalert.core.criteria.MatchResult;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.NotificationLog;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Follows sellers: one check of a seller reads its inventory newest first, stopping at the first
 * page whose listings were all seen before, so a shop of 50,000 listings costs one request a check
 * when nothing changed. The first complete read of a big shop is spread over checks (status {@code
 * reading}), and the whole readable inventory is read again within {@code maxStaleness}, so sold
 * listings leave. See {@link InventoryRead} for the order of the pages.
 *
 * <p>Every known listing of a release on a follower's wanted list (a master entry counts its
 * releases) is judged with that entry's full criteria by the standard matcher, and each fitting one
 * recorded through {@link NotificationLog#recordIfNew} keyed {@code listing:<id>}, like the engine's
 * sell-page alerts: a listing seen both there and here alerts once per entry, and an entry added
 * later is judged against listings read before. Blocked sellers and the buyer's country are
 * criteria: pass entries with the account's merged in.
 *
 * <p>Thread-safe as long as its ports are; checks of one seller should not overlap (the host
 * schedules one seller at a time), though the notification log keeps alerts single anyway.
 *
 * <pre>{@code
 * SellerWatch watch = SellerWatch.builder()
 *     .pages(discogs::inventoryPage).store(new InMemorySellerInventoryStore())
 *     .notificationLog(log).deliveryChannels(relay.channels())
 *     .exchangeRates(rates).clock(Clock.systemUTC()).build();
 * SellerCheckReport report = watch.check("vinylshop", entriesOfItsFollowers);
 * }</pre>
 */
public final class SellerWatch {

  private static final System.Logger LOG = System.getLogger(SellerWatch.class.getName());

  private final InventoryPages pages;
  private final SellerInventoryStore store;
  private final NotificationLog notificationLog;
  private final Set<String> channels;
  private final CriteriaMatcher matcher;
  private final ReleaseReferences references;
  private final Clock clock;
  private final SellerWatchPolicy policy;

  private SellerWatch(Builder b) {
    this.pages = Objects.requireNonNull(b.pages, "pages");
    this.store = Objects.requireNonNull(b.store, "store");
    this.notificationLog = Objects.requireNonNull(b.notificationLog, "notificationLog");
    this.matcher = CriteriaMatcher.standard(Objects.requireNonNull(b.rates, "exchangeRates"));
    this.channels = Set.copyOf(b.channels);
    this.references = b.references;
    this.clock = b.clock;
    this.policy = b.policy;
  }

  /**
   * A builder with no port set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks one seller for the entries of its followers (paused ones are skipped). A page that
   * cannot be read ends the check as {@code check_failed}; what was read before it is kept, and the
   * next check resumes. Costs 1 to {@code maxPagesPerCheck} requests: 1 when nothing changed and no
   * complete read is under way.
   *
   * @param seller the seller's Discogs username, any case
   * @param followersEntries the wanted entries of the seller's followers, each with its account's
   *     blocked sellers and country merged in
   * @return what the check did, also when a page could not be read (that is not thrown)
   */
  public SellerCheckReport check(String seller, Collection<WantedEntry> followersEntries) {
    Instant now = clock.instant();
    SellerReadState start = store.state(seller).orElseGet(() -> SellerReadState.unread(seller));
    InventoryRead.Outcome read = new InventoryRead(pages, store, policy, start).run(now);
    int alerts = read.pagesRead() > 0 ? judge(seller, followersEntries, now) : 0;
    String failure = read.failure() == null ? null : describe(read.failure());
    if (failure != null) {
      LOG.log(Level.WARNING, "sellers: the inventory of {0} could not be read: {1}", seller, failure);
    }
    SellerReadState saved = read.state().checked(now, store.count(seller), failure);
    store.saveState(saved);
    SellerCheckReport report = new SellerCheckReport(saved.seller(), read.requests(), read.newListings(),
        read.removed(), alerts, saved.listingsKnown(), saved.status(), failure);
    LOG.log(Level.DEBUG, "sellers: {0}", report.summary());
    return report;
  }

  /** Records an alert for each known listing that fits a follower's entry of its release. */
  private int judge(String seller, Collection<WantedEntry> entries, Instant now) {
    Map<Long, List<WantedEntry>> byRelease = new HashMap<>();
    for (WantedEntry entry : entries) {
      if (entry.active()) {
        entry.releaseIds().forEach(id -> byRelease.computeIfAbsent(id, k -> new ArrayList<>()).add(entry));
      }
    }
    if (byRelease.isEmpty()) {
      return 0;
    }
    Map<String, ReferencePrices> referenceCache = new HashMap<>();
    int recorded = 0;
    for (Listing listing : store.listings(seller, byRelease.keySet())) {
      for (WantedEntry entry : byRelease.getOrDefault(listing.releaseId(), List.of())) {
        ReferencePrices reference = referenceCache.computeIfAbsent(listing.releaseId() + ":" + entry.currency(),
            key -> referenceOf(listing.releaseId(), entry.currency()));
        if (matcher.matches(listing, entry.criteria(), reference)
            && matcher.evaluate(listing, entry.criteria(), reference) instanceof MatchResult.Matched match) {
          recorded += notificationLog.recordIfNew(Alert.ofListing(entry, listing, match, now), channels) ? 1 : 0;
        }
      }
    }
    return recorded;
  }

  private ReferencePrices referenceOf(long releaseId, Currency currency) {
    try {
      return references.of(releaseId, currency);
    } catch (RuntimeException e) {
      // no reference is no reason to lose the max-price alerts: the trigger stays unjudged
      LOG.log(Level.DEBUG, "sellers: no reference price for release {0}: {1}", String.valueOf(releaseId),
          describe(e));
      return ReferencePrices.none();
    }
  }

  private static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** Builds a {@link SellerWatch}; every port is required unless a default is stated. */
  public static final class Builder {
    private InventoryPages pages;
    private SellerInventoryStore store;
    private NotificationLog notificationLog;
    private Collection<String> channels = Set.of();
    private ExchangeRates rates;
    private ReleaseReferences references = ReleaseReferences.NONE;
    private Clock clock = Clock.systemUTC();
    private SellerWatchPolicy policy = SellerWatchPolicy.defaults();

    private Builder() {}

    /**
     * Where the inventory pages come from, one request each; required.
     *
     * @param pages the source of inventory pages
     * @return this builder
     */
    public Builder pages(InventoryPages pages) {
      this.pages = pages;
      return this;
    }

    /**
     * Where the listings read and the reading progress are kept; required.
     *
     * @param store the sellers' inventories known
     * @return this builder
     */
    public Builder store(SellerInventoryStore store) {
      this.store = store;
      return this;
    }

    /**
     * Where alerts are recorded, once per entry and listing; required.
     *
     * @param notificationLog the log the engine's sell-page alerts go to as well
     * @return this builder
     */
    public Builder notificationLog(NotificationLog notificationLog) {
      this.notificationLog = notificationLog;
      return this;
    }

    /**
     * The channels each new alert gets a pending delivery on. Default value is none.
     *
     * @param channels channel names, e.g. {@code email}
     * @return this builder
     */
    public Builder deliveryChannels(Collection<String> channels) {
      this.channels = Set.copyOf(channels);
      return this;
    }

    /**
     * Converts listing prices for the entries' max prices; required.
     *
     * @param rates the exchange rates
     * @return this builder
     */
    public Builder exchangeRates(ExchangeRates rates) {
      this.rates = rates;
      return this;
    }

    /**
     * Reference prices for underpriced triggers. Default value is {@link ReleaseReferences#NONE}.
     *
     * @param references what releases are worth
     * @return this builder
     */
    public Builder references(ReleaseReferences references) {
      this.references = Objects.requireNonNull(references, "references");
      return this;
    }

    /**
     * Default value is {@link Clock#systemUTC()}.
     *
     * @param clock the time of checks, complete reads and alerts
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Default value is {@link SellerWatchPolicy#defaults()}.
     *
     * @param policy how many requests a check spends and how stale known listings may get
     * @return this builder
     */
    public Builder policy(SellerWatchPolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the watch.
     *
     * @return the watch
     * @throws NullPointerException naming the required port that is missing
     */
    public SellerWatch build() {
      return new SellerWatch(this);
    }
  }
}
