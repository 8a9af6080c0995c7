package io.waxalert.core.monitor;

import io.waxalert.core.Nullable;
import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.CriteriaMatcher;
import io.waxalert.core.criteria.MatchResult;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.ListingSourceException;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.core.spi.Notifier;
import io.waxalert.core.spi.PriceObservationStore;
import io.waxalert.core.spi.WantedEntryStore;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * Checks wanted entries against the marketplace, raises each fitting listing once per entry, and
 * delivers the alerts. Used by the service's scheduled job and check-all route, and by embedders.
 *
 * <p>Per cycle: entries are grouped by release so one fetch serves every entry of every collector
 * wanting it; market stats come first, and listings are fetched only for releases whose lowest price
 * could fit some entry. A failure on one release marks its entries {@code check_failed} and the cycle
 * goes on. Alerts are recorded before delivery and marked sent only after the notifier succeeded.
 *
 * <p>Thread-safe as long as its ports are; concurrent cycles over the same entries may fetch twice
 * but never alert twice, since the notification log decides.
 *
 * <pre>{@code
 * MonitoringEngine engine = MonitoringEngine.builder()
 *     .listingSource(source).entries(store).notificationLog(log)
 *     .observations(observations).notifier(alert -> mailer.send(alert))
 *     .exchangeRates(rates).clock(Clock.systemUTC()).build();
 * CycleReport report = engine.runDue();
 * }</pre>
 */
public final class MonitoringEngine {

  private static final System.Logger LOG = System.getLogger(MonitoringEngine.class.getName());
  private static final int PROGRESS_EVERY = 500;
  private static final int MAX_RETRIES_PER_CALL = 10_000;

  private final ListingSource source;
  private final WantedEntryStore entries;
  private final NotificationLog notificationLog;
  private final PriceObservationStore observations;
  private final @Nullable Notifier notifier;
  private final ExchangeRates rates;
  private final CriteriaMatcher matcher;
  private final Clock clock;
  private final MonitorPolicy policy;

  private MonitoringEngine(Builder builder) {
    this.source = Objects.requireNonNull(builder.source, "listingSource");
    this.entries = Objects.requireNonNull(builder.entries, "entries");
    this.notificationLog = Objects.requireNonNull(builder.notificationLog, "notificationLog");
    this.observations = Objects.requireNonNull(builder.observations, "observations");
    this.rates = Objects.requireNonNull(builder.rates, "exchangeRates");
    this.clock = Objects.requireNonNull(builder.clock, "clock");
    this.policy = Objects.requireNonNull(builder.policy, "policy");
    if (policy.deliverAlerts() && builder.notifier == null) {
      throw new NullPointerException("notifier (required unless the policy leaves delivery to the host)");
    }
    this.notifier = builder.notifier;
    this.matcher = CriteriaMatcher.standard(rates);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Checks the active entries not checked within the policy's interval: the scheduled job's call. */
  public CycleReport runDue() {
    return runDue(policy.maxEntriesPerCycle());
  }

  /**
   * Checks at most {@code maxEntries} of the due entries, least recently checked first: a scheduler
   * that runs often with a small share spreads the checks, and the Discogs budget, over the interval.
   */
  public CycleReport runDue(int maxEntries) {
    Instant dueBefore = clock.instant().minus(policy.interval());
    return check(entries.findDue(dueBefore, Math.min(maxEntries, policy.maxEntriesPerCycle())));
  }

  /** Checks these entries now (paused ones are skipped) and delivers the alerts it finds. */
  public CycleReport check(Collection<WantedEntry> toCheck) {
    long started = System.nanoTime();
    Instant now = clock.instant();
    Cycle cycle = new Cycle(now);
    Map<Long, List<WantedEntry>> byRelease = new LinkedHashMap<>();
    for (WantedEntry entry : toCheck) {
      if (!entry.active()) {
        continue;
      }
      cycle.outcomes.put(entry.id(), new EntryOutcome(entry.currency()));
      for (long releaseId : entry.releaseIds()) {
        byRelease.computeIfAbsent(releaseId, id -> new ArrayList<>()).add(entry);
      }
    }
    int done = 0;
    for (Map.Entry<Long, List<WantedEntry>> group : byRelease.entrySet()) {
      checkRelease(group.getKey(), group.getValue(), cycle);
      if (++done % PROGRESS_EVERY == 0) {
        // Plain strings: MessageFormat would print ids and counts with grouping separators.
        LOG.log(Level.INFO, "monitoring: {0} of {1} releases checked", String.valueOf(done),
            String.valueOf(byRelease.size()));
      }
    }
    int matched = 0;
    int failed = 0;
    for (Map.Entry<UUID, EntryOutcome> outcome : cycle.outcomes.entrySet()) {
      entries.recordCheck(outcome.getKey(), outcome.getValue().toState(now));
      matched += outcome.getValue().isMatched() ? 1 : 0;
      failed += outcome.getValue().isFailed() ? 1 : 0;
    }
    Delivery delivery = policy.deliverAlerts()
        ? deliver(alert -> cycle.outcomes.containsKey(alert.entryId()), MAX_RETRIES_PER_CALL + cycle.newAlerts)
        : new Delivery(0, 0);
    CycleReport report = new CycleReport(cycle.outcomes.size(), byRelease.size(), cycle.statsRequests,
        cycle.listingRequests, matched, cycle.newAlerts, delivery.sent, delivery.failed, failed,
        Duration.ofNanos(System.nanoTime() - started));
    LOG.log(Level.INFO, "monitoring: {0}", report.summary());
    return report;
  }

  /**
   * Delivers every pending alert, e.g. those whose delivery failed in an earlier cycle.
   *
   * @throws IllegalStateException when the engine was built without a notifier
   */
  public CycleReport deliverPending() {
    if (notifier == null) {
      throw new IllegalStateException("this engine records alerts only; its host delivers them");
    }
    long started = System.nanoTime();
    Delivery delivery = deliver(alert -> true, MAX_RETRIES_PER_CALL);
    return new CycleReport(0, 0, 0, 0, 0, 0, delivery.sent, delivery.failed, 0,
        Duration.ofNanos(System.nanoTime() - started));
  }

  private void checkRelease(long releaseId, List<WantedEntry> group, Cycle cycle) {
    Currency currency = mostCommonCurrency(group);
    try {
      cycle.statsRequests++;
      MarketStats stats = source.stats(releaseId, currency);
      // The reference is taken before this observation joins the history it is the median of.
      ReferencePrices reference = needsReference(group) ? reference(releaseId, currency) : ReferencePrices.none();
      observations.record(PriceObservation.of(stats, cycle.now));
      for (WantedEntry entry : group) {
        cycle.outcomes.get(entry.id()).market(stats.lowestPrice(), stats.numForSale(), rates);
      }
      if (!source.providesListings()) {
        for (WantedEntry entry : group) {
          checkStats(stats, reference, entry, cycle, null);
        }
      } else if (source.listingsOnlyWhenNeeded()) {
        checkListingsWhereNeeded(releaseId, currency, stats, reference, group, cycle);
      } else {
        checkListings(releaseId, currency, stats, reference, group, cycle);
      }
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      LOG.log(Level.WARNING, "monitoring: check of release {0} failed: {1}", String.valueOf(releaseId), message);
      for (WantedEntry entry : group) {
        cycle.outcomes.get(entry.id()).failed(message);
      }
    }
  }

  /**
   * {@link ListingSource#listingsOnlyWhenNeeded()}: listings only for hopeful entries with
   * listing-level criteria; when they cannot be fetched, those entries fall back to the stats with
   * the reason in the alert, and count as failed unless the stats alone fire.
   */
  private void checkListingsWhereNeeded(long releaseId, Currency currency, MarketStats stats,
      ReferencePrices reference, List<WantedEntry> group, Cycle cycle) {
    List<WantedEntry> hopeful = new ArrayList<>();
    for (WantedEntry entry : group) {
      if (entry.criteria().hasListingCriteria() && matcher.couldMatch(stats, entry.criteria(), reference)) {
        hopeful.add(entry);
      } else {
        checkStats(stats, reference, entry, cycle, null);
      }
    }
    try {
      checkListings(releaseId, currency, stats, reference, hopeful, cycle);
    } catch (ListingSourceException e) {
      String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      for (WantedEntry entry : hopeful) {
        cycle.outcomes.get(entry.id()).failed(why);
        checkStats(stats, reference, entry, cycle, why);
      }
    }
  }

  private void checkListings(long releaseId, Currency currency, MarketStats stats,
      ReferencePrices reference, List<WantedEntry> group, Cycle cycle) {
    List<WantedEntry> hopeful = group.stream()
        .filter(entry -> matcher.couldMatch(stats, entry.criteria(), reference))
        .toList();
    if (hopeful.isEmpty()) {
      return;
    }
    cycle.listingRequests++;
    List<Listing> listings = source.listings(releaseId, currency);
    for (WantedEntry entry : hopeful) {
      EntryOutcome outcome = cycle.outcomes.get(entry.id());
      for (Listing listing : listings) {
        if (matcher.matches(listing, entry.criteria(), reference)
            && matcher.evaluate(listing, entry.criteria(), reference) instanceof MatchResult.Matched match) {
          record(outcome, match.type());
          Alert alert = new Alert(UUID.randomUUID(), entry.id(), entry.ownerId(), releaseId,
              entry.title(), match.type(), Alert.listingKey(listing.listingId()), listing.listingId(),
              listing.price(), listing.mediaCondition(), listing.sleeveCondition(),
              listing.seller().name(), listing.seller().rating(), listing.shipsFrom(), listing.url(),
              match.explain(), cycle.now, null);
          cycle.newAlerts += notificationLog.recordIfNew(alert) ? 1 : 0;
        }
      }
    }
  }

  /** @param listingsFailure why the listings that would have verified the other criteria are missing */
  private void checkStats(MarketStats stats, ReferencePrices reference, WantedEntry entry, Cycle cycle,
      @Nullable String listingsFailure) {
    if (!(matcher.evaluateStats(stats, entry.criteria(), reference) instanceof MatchResult.Matched match)) {
      return;
    }
    EntryOutcome outcome = cycle.outcomes.get(entry.id());
    record(outcome, match.type());
    Money lowest = stats.lowestPrice();
    if (!isLowerThanLastAlerted(entry, lowest)) {
      return;
    }
    Alert alert = new Alert(UUID.randomUUID(), entry.id(), entry.ownerId(), stats.releaseId(),
        entry.title(), match.type(), Alert.statsKey(stats.releaseId(), lowest), null, lowest,
        null, null, null, null, null, policy.sellPageUrl(stats.releaseId()),
        listingsFailure == null ? match.explain() : match.explain() + "\n" + notVerified(match, listingsFailure),
        cycle.now, null);
    cycle.newAlerts += notificationLog.recordIfNew(alert) ? 1 : 0;
  }

  private static String notVerified(MatchResult match, String why) {
    String criteria = match.notJudged().stream().map(r -> r.criterion().label())
        .collect(java.util.stream.Collectors.joining(", "));
    return "not verified (" + criteria + "): the listings could not be read, so this alert is on the"
        + " lowest price only: " + why;
  }

  /** Market-stats alerts repeat only for a lower lowest price than the last one alerted. */
  private boolean isLowerThanLastAlerted(WantedEntry entry, Money lowest) {
    Optional<Money> last = notificationLog.lastStatsAlertPrice(entry.id());
    if (last.isEmpty()) {
      return true;
    }
    Optional<Money> comparable = rates.convert(lowest, last.get().currency());
    // Compared to the cent, as collectors see prices (and as a database may keep them): 11.999
    // after an alerted 12.00 is not a lower price.
    return comparable.isPresent() && toCents(comparable.get()).compareTo(toCents(last.get())) < 0;
  }

  private static BigDecimal toCents(Money money) {
    return money.amount().setScale(2, RoundingMode.HALF_UP);
  }

  private static void record(EntryOutcome outcome, AlertType type) {
    if (type == AlertType.PRICE_MATCHED) {
      outcome.priceMatched();
    } else {
      outcome.underpriced();
    }
  }

  private static boolean needsReference(List<WantedEntry> group) {
    return group.stream().anyMatch(entry -> entry.criteria().underpricedPercent() != null);
  }

  /** The source's reference where it has one, else the trailing median of observed prices. */
  private ReferencePrices reference(long releaseId, Currency currency) {
    ReferencePrices fromSource = source.referencePrices(releaseId, currency);
    if (fromSource.overall() != null) {
      return fromSource;
    }
    Instant since = clock.instant().minus(policy.referenceWindow());
    return fromSource.orOverall(
        ObservedReference.median(observations.history(releaseId, since), currency, rates).orElse(null));
  }

  private static Currency mostCommonCurrency(List<WantedEntry> group) {
    if (group.size() == 1) {
      return group.get(0).currency();
    }
    Map<Currency, Integer> counts = new EnumMap<>(Currency.class);
    for (WantedEntry entry : group) {
      counts.merge(entry.currency(), 1, Integer::sum);
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  /**
   * One pass over the pending alerts: every alert of this cycle plus up to a bounded number of
   * older ones whose delivery failed before. A failure stays pending for the next call.
   */
  private Delivery deliver(Predicate<Alert> inScope, int limit) {
    int sent = 0;
    int failed = 0;
    for (Alert alert : notificationLog.pending(limit)) {
      if (!inScope.test(alert)) {
        continue;
      }
      try {
        notifier.send(alert);
        notificationLog.markSent(alert.id(), clock.instant());
        sent++;
      } catch (Exception e) {
        failed++;
        LOG.log(Level.WARNING, "monitoring: delivery of alert {0} failed, will retry: {1}",
            alert.id(), e.getMessage());
      }
    }
    return new Delivery(sent, failed);
  }

  private record Delivery(int sent, int failed) {}

  /** Counters and outcomes of one cycle; confined to the thread running it. */
  private static final class Cycle {
    final Instant now;
    final Map<UUID, EntryOutcome> outcomes = new HashMap<>();
    int statsRequests;
    int listingRequests;
    int newAlerts;

    Cycle(Instant now) {
      this.now = now;
    }
  }

  /** Builds a {@link MonitoringEngine}; every port is required unless a default is stated. */
  public static final class Builder {
    private ListingSource source;
    private WantedEntryStore entries;
    private NotificationLog notificationLog;
    private PriceObservationStore observations;
    private Notifier notifier;
    private ExchangeRates rates;
    private Clock clock = Clock.systemUTC();
    private MonitorPolicy policy = MonitorPolicy.defaults();

    private Builder() {}

    public Builder listingSource(ListingSource source) {
      this.source = source;
      return this;
    }

    public Builder entries(WantedEntryStore entries) {
      this.entries = entries;
      return this;
    }

    public Builder notificationLog(NotificationLog notificationLog) {
      this.notificationLog = notificationLog;
      return this;
    }

    public Builder observations(PriceObservationStore observations) {
      this.observations = observations;
      return this;
    }

    /** Required when the policy delivers alerts (the default); a host that relays them itself needs none. */
    public Builder notifier(Notifier notifier) {
      this.notifier = notifier;
      return this;
    }

    public Builder exchangeRates(ExchangeRates rates) {
      this.rates = rates;
      return this;
    }

    /** Default value is {@link Clock#systemUTC()}. */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /** Default value is {@link MonitorPolicy#defaults()}. */
    public Builder policy(MonitorPolicy policy) {
      this.policy = policy;
      return this;
    }

    public MonitoringEngine build() {
      return new MonitoringEngine(this);
    }
  }
}
