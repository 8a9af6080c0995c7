package io.waxalert.core.budget;

/** Why a release is fetched now, in the planner's order of priority. */
public enum FetchReason {
  /** Its last fetch would otherwise pass {@code max-staleness}: the guarantee, before and outside any share. */
  OVERDUE,
  /** A collector asked for it (check-all, lookup) and waits: first within that collector's share. */
  ON_DEMAND,
  /** An entry wanting it was added after its last fetch, or it was never fetched. */
  NEVER_CHECKED,
  /** Due, and its last lowest price is within {@code nearMaximum} above an entry's maximum, or below it. */
  NEAR_MAXIMUM,
  /** Due, and farther from every maximum (or without one): ranked with the near ones by urgency. */
  STALE
}
