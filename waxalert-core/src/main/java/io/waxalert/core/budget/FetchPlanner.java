package io.waxalert.core.budget;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides which release markets the Discogs budget fetches next. Pure and deterministic: the same
 * demand, ledger and window always give the same plan; it keeps no state and reads no clock
 * ({@link Demand#now()} is the time). Thread-safe.
 *
 * <p>The unit of work is one release: one fetch serves every entry of every collector wanting it.
 * A release in flight, or fetched within {@code market-max-age}, is never handed out (its last fetch
 * serves the need: single flight). A plan fills the window in this order:
 *
 * <ol>
 *   <li><b>{@link FetchReason#OVERDUE}, the {@code max-staleness} guarantee</b>, across collectors:
 *       releases whose last fetch would otherwise pass {@code max-staleness} at the policy's rate,
 *       earliest deadline first (see {@code Guarantee}). It is the floor every entry gets, at most
 *       every active release once per {@code max-staleness} whoever wants it, so it comes off the
 *       top and counts against no share (it is attributed to the least charged collector wanting the
 *       release). When the rate cannot cover all releases within {@code max-staleness}, it takes
 *       whole windows: stalest first, and {@link FreshnessEstimate#guaranteeHolds()} is false.
 *   <li><b>Fair shares</b> for the rest: turns go to the collector with work who has been charged
 *       the fewest fetches so far ({@link FairShareLedger}; ties: who has waited longest, then the
 *       owner id), one fetch per turn. So collectors with work get equal shares of every window
 *       (max-min: what one does not need goes to the others), and one collector's 1,000 entries or
 *       repeated check-all delay another's work by at most one turn per turn of theirs. A collector
 *       whose work reappears after a quiet spell starts {@link BudgetPolicy#burst()} fetches ahead,
 *       so a light user's check-all runs at the full rate. In their turn a collector gets their best
 *       open need:
 *       <ol>
 *         <li>{@link FetchReason#ON_DEMAND}: their running requests' releases, oldest request first,
 *             inside a request never-fetched releases first, then the most urgent (as below); a
 *             release counts as done once fetched at or after {@code requestedAt − market-max-age},
 *             so repeating a check-all adds nothing;
 *         <li>{@link FetchReason#NEVER_CHECKED}: releases not fetched since one of their entries
 *             wanting it was added, oldest entry first (even when not due for others);
 *         <li>due releases (last fetch at least {@code interval} ago), most urgent first. Urgency is
 *             the age in intervals times the release's worth: the nearness weight of the collector's
 *             own entries, {@code exp(−distance / nearMaximum)} where distance is how far the last
 *             lowest price is above an entry's maximum, relatively (1 at or below it), plus half the
 *             other collectors' weights (the fetch serves them too). Near releases, where a drop
 *             below a maximum (an alert) is likeliest, come first; far ones come back as they grow
 *             stale. Those within {@code nearMaximum} of a maximum are
 *             {@link FetchReason#NEAR_MAXIMUM}, the others {@link FetchReason#STALE}.
 *       </ol>
 * </ol>
 *
 * <p>A release several collectors need is fetched once and charged to the collector on whose turn
 * it came up, i.e. the least charged of those whose best open need it was. Releases not due, not on
 * demand and not new to an entry are not fetched: spare budget stays unspent.
 *
 * <pre>{@code
 * FetchPlanner planner = new FetchPlanner(policy, rates);
 * FetchPlan plan = planner.plan(demand, ledger, 30);
 * ledger = plan.ledger();              // for the next tick
 * plan.fetches().forEach(scheduler::schedule);
 * }</pre>
 */
public final class FetchPlanner {

  private final BudgetPolicy policy;
  private final ExchangeRates rates;

  /**
   * @param policy how the budget is spent
   * @param rates converts a release's lowest price into an entry's currency to measure how near
   *     its maximum it is; a pair without a rate leaves the release out of the near tier
   */
  public FetchPlanner(BudgetPolicy policy, ExchangeRates rates) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.rates = Objects.requireNonNull(rates, "rates");
  }

  /**
   * A planner comparing prices of the same currency only.
   *
   * @param policy how the budget is spent
   * @return the planner; releases priced in another currency than an entry's never count as near
   *     its maximum
   */
  public static FetchPlanner sameCurrencyOnly(BudgetPolicy policy) {
    return new FetchPlanner(policy, FetchPlanner::sameCurrencyRate);
  }

  /**
   * The policy this planner plans by.
   *
   * @return the policy
   */
  public BudgetPolicy policy() {
    return policy;
  }

  /**
   * The next {@code window} fetches (fewer when less is open), in order, with the ledger for the
   * next plan.
   *
   * @param demand what is needed now
   * @param ledger the previous plan's ledger, or {@link FairShareLedger#empty()} at start
   * @return the plan
   * @param window how many fetches to hand out now, e.g. the requests one tick affords minus those
   *     still queued
   * @throws IllegalArgumentException if {@code window} is negative
   */
  public FetchPlan plan(Demand demand, FairShareLedger ledger, int window) {
    Objects.requireNonNull(demand, "demand");
    Objects.requireNonNull(ledger, "ledger");
    if (window < 0) {
      throw new IllegalArgumentException("window must not be negative");
    }
    return new PlanRun(policy, rates, demand).run(ledger, window, window);
  }

  /** A plan of {@code window} fetches whose guarantee leads by windows of {@code leadWindow}. */
  FetchPlan planAhead(Demand demand, FairShareLedger ledger, int window, int leadWindow) {
    return new PlanRun(policy, rates, demand).run(ledger, window, leadWindow);
  }

  private static Optional<BigDecimal> sameCurrencyRate(Currency from, Currency to) {
    return from == to ? Optional.of(BigDecimal.ONE) : Optional.empty();
  }
}
