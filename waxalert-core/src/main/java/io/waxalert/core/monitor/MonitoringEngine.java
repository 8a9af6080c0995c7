package io.waxalert.core.monitor;

import io.waxalert.core.criteria.CriteriaMatcher;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.core.spi.PriceObservationStore;
import io.waxalert.core.spi.WantedEntryStore;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Checks wanted entries against the marketplace and records each fitting listing once per entry,
 * with a pending delivery on each of the host's channels; the {@code AlertRelay} sends them. Used by
 * the service's scheduled job and check-all route, and by embedders.
 *
 * <p>Per cycle: entries are grouped by release so one fetch serves every entry of every collector
 * wanting it; market stats come first, and listings are fetched only for releases whose lowest price
 * could fit some entry. A failure on one release marks its entries {@code check_failed} and the cycle
 * goes on.
 *
 * <p>Thread-safe as long as its ports are; concurrent cycles over the same entries may fetch twice
 * but never alert twice, since the notification log decides.
 *
 * <pre>{@code
 * MonitoringEngine engine = MonitoringEngine.builder()
 *     .listingSource(source).entries(store).notificationLog(log)
 *     .observations(observations).deliveryChannels(relay.channels())
 *     .exchangeRates(rates).clock(Clock.systemUTC()).build();
 * CycleReport report = engine.runDue();
 * relay.relayDue();
 * }</pre>
 */
public final class MonitoringEngine {

  private static final System.Logger LOG = System.getLogger(MonitoringEngine.class.getName());
  private static final int PROGRESS_EVERY = 500;

  private final ListingSource source;
  private final WantedEntryStore entries;
  private final NotificationLog notificationLog;
  private final PriceObservationStore observations;
  private final Set<String> channels;
  private final Consumer<CycleReport> listener;
  private final ExchangeRates rates;
  private final CriteriaMatcher matcher;
  private final Clock clock;
  private final MonitorPolicy policy;
  private final ReleaseCheck releases;
  private final Rejudgement rejudgement;

  private MonitoringEngine(Builder builder) {
    this.source = Objects.requireNonNull(builder.source, "listingSource");
    this.entries = Objects.requireNonNull(builder.entries, "entries");
    this.notificationLog = Objects.requireNonNull(builder.notificationLog, "notificationLog");
    this.observations = Objects.requireNonNull(builder.observations, "observations");
    this.rates = Objects.requireNonNull(builder.rates, "exchangeRates");
    this.clock = Objects.requireNonNull(builder.clock, "clock");
    this.policy = Objects.requireNonNull(builder.policy, "policy");
    this.channels = Set.copyOf(builder.channels);
    this.listener = builder.listener;
    this.matcher = CriteriaMatcher.standard(rates);
    this.releases = new ReleaseCheck(source, observations, notificationLog, rates, matcher,
        new MarketReference(source, observations, rates, clock, policy.referenceWindow()), policy,
        Set.copyOf(builder.channels));
    this.rejudgement = new Rejudgement(source, observations, rates, matcher, clock, policy.referenceWindow());
    // one line at start, so an operator's log says what the checks will read and where alerts go
    LOG.log(Level.INFO, "monitoring: ready, reading {0} with {1}; alerts recorded for {2}",
        source.providesListings() ? "single listings" : "market statistics",
        source.description(), channels.isEmpty() ? "no channel" : String.join(", ", new java.util.TreeSet<>(channels)));
  }

  /**
   * A builder with no ports set yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Checks the active entries not checked within the policy's interval: the scheduled job's call.
   *
   * @return what the cycle did
   */
  public CycleReport runDue() {
    return runDue(policy.maxEntriesPerCycle());
  }

  /**
   * Checks at most {@code maxEntries} of the due entries, least recently checked first: a scheduler
   * that runs often with a small share spreads the checks, and the Discogs budget, over the interval.
   *
   * @param maxEntries the most entries to check; the policy's {@code maxEntriesPerCycle} caps it
   * @return what the cycle did
   */
  public CycleReport runDue(int maxEntries) {
    Instant dueBefore = clock.instant().minus(policy.interval());
    return check(entries.findDue(dueBefore, Math.min(maxEntries, policy.maxEntriesPerCycle())));
  }

  /**
   * The entry's last check state judged again against its current criteria, from the market figures
   * that check kept, without asking the marketplace: what an edit shows at once (lowering the
   * maximum below the lowest price turns "price matched" into "monitoring"). The price triggers are
   * judged on the kept lowest price as a stats check would (the underpriced reference is the
   * observed median); where the engine judges single listings, a lowest price that can no longer
   * fit makes the entry monitoring and one that could keeps the last verdict until the next check.
   * States without market figures (never checked, failed, nothing for sale) are returned as they
   * are; the check time and figures are never changed, and nothing is alerted.
   *
   * @param entry the entry with its new criteria and its last check state
   * @return the state to record, null when the entry was never checked
   */
  public CheckState rejudge(WantedEntry entry) {
    return rejudgement.of(entry);
  }

  /**
   * Checks these entries now (paused ones are skipped) and records the alerts it finds.
   *
   * @param toCheck the entries, of any collectors
   * @return what the cycle did; failed checks are counted there and recorded on their entries, not
   *     thrown
   */
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
      releases.check(group.getKey(), group.getValue(), cycle);
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
    CycleReport report = new CycleReport(cycle.outcomes.size(), byRelease.size(), cycle.statsRequests,
        cycle.listingRequests, matched, cycle.newAlerts, failed, Duration.ofNanos(System.nanoTime() - started));
    LOG.log(Level.INFO, "monitoring: {0}", report.summary());
    listener.accept(report);
    return report;
  }

  /**
   * Checks one release now for the entries watching it (paused ones are skipped): one stats
   * request, listings where the source and the entries need them, alerts recorded as in a cycle.
   * Unlike {@link #check}, the entries' check states are returned, not recorded, so a host that
   * schedules release by release can combine a master entry's releases ({@link CheckStates}).
   *
   * @param releaseId the release to check
   * @param currency the currency to fetch in when no entry watches it (a lookup of the market only)
   * @param watching the entries watching the release
   * @return what the check found, with its Discogs requests counted
   */
  public ReleaseReport checkRelease(long releaseId, Currency currency, Collection<WantedEntry> watching) {
    return judge(releaseId, currency, watching, null);
  }

  /**
   * Like {@link #checkRelease}, from market data fetched already (e.g. moments ago for the same
   * release): no stats request; listings only where the source and the entries need them.
   *
   * @param known the release's market data, fetched already
   * @param watching the entries watching the release
   * @return what judging found, with its Discogs requests counted (no stats request)
   */
  public ReleaseReport judgeRelease(MarketStats known, Collection<WantedEntry> watching) {
    Objects.requireNonNull(known, "known");
    Currency currency = known.lowestPrice() == null ? Currency.EUR : known.lowestPrice().currency();
    return judge(known.releaseId(), currency, watching, known);
  }

  private ReleaseReport judge(long releaseId, Currency currency, Collection<WantedEntry> watching,
      MarketStats known) {
    Instant now = clock.instant();
    Cycle cycle = new Cycle(now);
    List<WantedEntry> group = watching.stream().filter(WantedEntry::active).toList();
    for (WantedEntry entry : group) {
      cycle.outcomes.put(entry.id(), new EntryOutcome(entry.currency()));
    }
    releases.check(releaseId, group.isEmpty() ? currency : MarketReference.currencyOf(group), group, known, cycle);
    Map<UUID, CheckState> states = new LinkedHashMap<>();
    cycle.outcomes.forEach((id, outcome) -> states.put(id, outcome.toState(now)));
    return new ReleaseReport(releaseId, cycle.stats.get(releaseId), cycle.failures.get(releaseId), states,
        cycle.statsRequests, cycle.listingRequests, cycle.newAlerts);
  }

  /** Builds a {@link MonitoringEngine}; every port is required unless a default is stated. */
  public static final class Builder {
    private ListingSource source;
    private WantedEntryStore entries;
    private NotificationLog notificationLog;
    private PriceObservationStore observations;
    private Set<String> channels = Set.of();
    private Consumer<CycleReport> listener = report -> { };
    private ExchangeRates rates;
    private Clock clock = Clock.systemUTC();
    private MonitorPolicy policy = MonitorPolicy.defaults();

    private Builder() {}

    /**
     * Where market data comes from; required.
     *
     * @param source the listing source
     * @return this builder
     */
    public Builder listingSource(ListingSource source) {
      this.source = source;
      return this;
    }

    /**
     * The wanted entries, and where check outcomes are recorded; required.
     *
     * @param entries the entry store
     * @return this builder
     */
    public Builder entries(WantedEntryStore entries) {
      this.entries = entries;
      return this;
    }

    /**
     * Where alerts are recorded, once per entry and listing; required.
     *
     * @param notificationLog the log
     * @return this builder
     */
    public Builder notificationLog(NotificationLog notificationLog) {
      this.notificationLog = notificationLog;
      return this;
    }

    /**
     * Where the lowest prices seen are kept, for the observed reference; required.
     *
     * @param observations the observation store
     * @return this builder
     */
    public Builder observations(PriceObservationStore observations) {
      this.observations = observations;
      return this;
    }

    /**
     * The channels each new alert gets a pending delivery on, usually {@code AlertRelay.channels()}.
     * Default value is none: alerts are only recorded, for a host that reads the log itself.
     *
     * @param channels channel names, copied
     * @return this builder
     */
    public Builder deliveryChannels(Collection<String> channels) {
      this.channels = Set.copyOf(channels);
      return this;
    }

    /**
     * Told every cycle's report, e.g. to count it in metrics; default does nothing.
     *
     * @param listener called with each report, on the checking thread
     * @return this builder
     */
    public Builder onCycle(Consumer<CycleReport> listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Converts prices to each entry's currency; required.
     *
     * @param rates the exchange rates
     * @return this builder
     */
    public Builder exchangeRates(ExchangeRates rates) {
      this.rates = rates;
      return this;
    }

    /**
     * Default value is {@link Clock#systemUTC()}.
     *
     * @param clock the time of checks and alerts
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Default value is {@link MonitorPolicy#defaults()}.
     *
     * @param policy how the entries are worked through
     * @return this builder
     */
    public Builder policy(MonitorPolicy policy) {
      this.policy = policy;
      return this;
    }

    /**
     * Builds the engine.
     *
     * @return the engine
     * @throws NullPointerException naming the first required port not set
     */
    public MonitoringEngine build() {
      return new MonitoringEngine(this);
    }
  }
}
