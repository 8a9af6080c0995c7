/**
 * The Discogs budget: deciding which release's market is fetched next, and sharing the requests
 * fairly among the collectors of an instance.
 *
 * <ul>
 *   <li>{@link io.waxalert.core.budget.FetchPlanner} — pure and deterministic: from the demand
 *       (active wants grouped by release, on-demand requests) it hands out the next window of
 *       release fetches, fair per owner, by a documented priority, with the {@code max-staleness}
 *       guarantee.
 *   <li>{@link io.waxalert.core.budget.FreshnessEstimate} — how fresh the checks really are at the
 *       current rate: pass time, overdue entries, each entry's estimated next check.
 *   <li>{@link io.waxalert.core.budget.FairGate} — an in-process gate for synchronous calls
 *       (search, lookups, imports): among the owners waiting, round-robin.
 *   <li>{@link io.waxalert.core.budget.SingleFlight} — concurrent needs of one key share one load,
 *       whose result is reused for a maximum age.
 * </ul>
 *
 * <p>Depends on {@code model} only (money and exchange rates); nothing else in the core depends on
 * this package: it is composed by hosts such as the service.
 *
 * <p>Null policy: as everywhere in the core, nothing is null unless marked
 * {@link io.waxalert.core.Nullable}.
 */
package io.waxalert.core.budget;
