package io.waxalert.core.budget;

import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * How fresh the checks really are at the current rate, for entries, the wanted-list page and
 * Prometheus.
 *
 * <p>Next checks are estimates "if nothing else arrives": the planner is run forward from this
 * demand at the policy's rate (see {@code Forecast}; late by up to a sixth of {@code interval}).
 * With the guarantee holding, nothing is placed past its {@code max-staleness} deadline. Computing
 * one costs up to {@code 6 × max-staleness / interval} plans: refresh it every few minutes.
 *
 * @param at when it was estimated
 * @param activeReleases releases some active entry wants
 * @param activeEntries distinct active entries
 * @param passTime one pass over every active release at the policy's rate
 * @param effectiveInterval how often entries are really checked at this load:
 *     {@code max(interval, market-max-age, passTime)}
 * @param guaranteeHolds whether the rate can fetch every active release within {@code max-staleness};
 *     when false the plan degrades to stalest first
 * @param overdueReleases active releases last fetched longer than {@code interval} ago, or never
 *     fetched though wanted for longer
 * @param overdueEntries active entries not checked for longer than {@code interval} (an entry added
 *     after its release's last fetch counts from its creation)
 * @param nextFetch per active release, its estimated next fetch
 * @param nextCheck per active entry, the estimated next fetch of the earliest of its releases
 */
public record FreshnessEstimate(
    Instant at, int activeReleases, int activeEntries, Duration passTime, Duration effectiveInterval,
    boolean guaranteeHolds, int overdueReleases, int overdueEntries, Map<Long, Instant> nextFetch,
    Map<UUID, Instant> nextCheck) {

  /**
   * Validates the estimate and copies the maps.
   *
   * @param at when it was estimated
   * @param activeReleases releases some active entry wants
   * @param activeEntries distinct active entries
   * @param passTime one pass over every active release at the policy's rate
   * @param effectiveInterval how often entries are really checked at this load:
   *     {@code max(interval, market-max-age, passTime)}
   * @param guaranteeHolds whether the rate can fetch every active release within
   *     {@code max-staleness}; when false the plan degrades to stalest first
   * @param overdueReleases active releases last fetched longer than {@code interval} ago, or never
   *     fetched though wanted for longer
   * @param overdueEntries active entries not checked for longer than {@code interval} (an entry
   *     added after its release's last fetch counts from its creation)
   * @param nextFetch per active release, its estimated next fetch
   * @param nextCheck per active entry, the estimated next fetch of the earliest of its releases
   * @throws NullPointerException if a component is null
   */
  public FreshnessEstimate {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(passTime, "passTime");
    Objects.requireNonNull(effectiveInterval, "effectiveInterval");
    nextFetch = Map.copyOf(nextFetch);
    nextCheck = Map.copyOf(nextCheck);
  }

  /**
   * Estimates from the demand the planner will see; {@code window} is the number of fetches the
   * service hands out per tick (it sets the guarantee's lead, as in the real plans).
   *
   * @param planner the planner the service plans with
   * @param demand the current demand
   * @param ledger the current ledger
   * @param window fetches handed out per tick
   * @return the estimate, as of {@link Demand#now()}
   */
  public static FreshnessEstimate of(FetchPlanner planner, Demand demand, FairShareLedger ledger, int window) {
    BudgetPolicy policy = planner.policy();
    Instant now = demand.now();
    List<ReleaseDemand> active = demand.releases().stream().filter(ReleaseDemand::isActive).toList();
    Duration perRequest = policy.perRequest();
    Duration passTime = perRequest.multipliedBy(active.size());
    // a release fetched within market-max-age is not fetched again, however short the interval
    Duration effective = Collections.max(List.of(passTime, policy.interval(), policy.marketMaxAge()));
    boolean holds = passTime.compareTo(policy.maxStaleness()) <= 0;

    Map<Long, Instant> nextFetch = Forecast.nextFetches(planner, demand, ledger, window);
    Set<UUID> entries = new HashSet<>();
    Set<UUID> overdue = new HashSet<>();
    Map<UUID, Instant> nextCheck = new HashMap<>();
    int overdueReleases = 0;
    Instant dueBefore = now.minus(policy.interval());
    for (ReleaseDemand release : active) {
      Instant lastCheck = Guarantee.lastCheck(release);
      boolean isOverdue = lastCheck.isBefore(dueBefore);
      overdueReleases += isOverdue ? 1 : 0;
      Instant next = nextFetch.get(release.releaseId());
      if (next == null) { // not reached within max-staleness: only when the guarantee fails
        next = latest(now, lastCheck.plus(effective));
      }
      if (holds) {
        next = earliest(next, latest(now, lastCheck.plus(policy.maxStaleness())));
      }
      nextFetch.put(release.releaseId(), next);
      for (Want want : release.wants()) {
        entries.add(want.entryId());
        nextCheck.merge(want.entryId(), next, FreshnessEstimate::earliest);
        if (lastCheckOf(release, want).isBefore(dueBefore)) {
          overdue.add(want.entryId());
        }
      }
    }
    nextFetch.keySet().retainAll(active.stream().map(ReleaseDemand::releaseId).collect(Collectors.toSet()));
    return new FreshnessEstimate(now, active.size(), entries.size(), passTime, effective, holds,
        overdueReleases, overdue.size(), nextFetch, nextCheck);
  }

  /**
   * True when a pass takes longer than {@code interval}: the service logs a warning.
   *
   * @param interval the configured interval
   * @return true when one pass over the active releases takes longer
   */
  public boolean passLongerThan(Duration interval) {
    return passTime.compareTo(interval) > 0;
  }

  /**
   * The entry's estimated next check; empty for an entry that is not active.
   *
   * @param entryId the wanted entry
   * @return the estimated next check, or empty
   */
  public Optional<Instant> nextCheckOf(UUID entryId) {
    return Optional.ofNullable(nextCheck.get(entryId));
  }

  /** The entry's last check: the release's last fetch unless the entry was added after it. */
  private static Instant lastCheckOf(ReleaseDemand release, Want want) {
    Instant fetched = release.lastFetchedAt();
    return fetched != null && !fetched.isBefore(want.createdAt()) ? fetched : want.createdAt();
  }

  private static Instant earliest(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
