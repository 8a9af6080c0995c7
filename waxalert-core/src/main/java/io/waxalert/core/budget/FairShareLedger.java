package io.waxalert.core.budget;

import java.util.Map;
import java.util.Objects;

/**
 * How many fetches each collector with work has been charged, relative to the least charged one:
 * the memory that makes shares fair across plans. Each plan starts from the ledger the previous one
 * returned; the service keeps it in memory (or in its planner task's data).
 *
 * <p>A collector without work is dropped, so it neither saves credit while idle nor pays later
 * for what it spent before; a collector whose work (re)appears starts
 * {@link BudgetPolicy#burst()} fetches ahead of the least charged.
 * Losing the ledger (a restart, the planner moving to another instance) only restarts that
 * accounting: shares are fair again from the next plan on.
 *
 * @param charges fetches charged per collector, the least charged at 0
 */
public record FairShareLedger(Map<String, Long> charges) {

  private static final FairShareLedger EMPTY = new FairShareLedger(Map.of());

  /**
   * Copies the charges.
   *
   * @param charges fetches charged per collector, the least charged at 0
   * @throws NullPointerException if {@code charges} is null
   * @throws IllegalArgumentException if a charge is negative
   */
  public FairShareLedger {
    charges = Map.copyOf(Objects.requireNonNull(charges, "charges"));
    for (long charge : charges.values()) {
      if (charge < 0) {
        throw new IllegalArgumentException("charges must not be negative");
      }
    }
  }

  /**
   * No history: every collector starts level.
   *
   * @return the empty ledger
   */
  public static FairShareLedger empty() {
    return EMPTY;
  }

  /**
   * The collector's charge, 0 when unknown.
   *
   * @param ownerId the collector
   * @return fetches charged beyond the least charged collector
   */
  public long chargeOf(String ownerId) {
    return charges.getOrDefault(ownerId, 0L);
  }
}
