package io.waxalert.core.monitor;

import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.model.Money;
import java.time.Instant;
import java.util.Collection;
import java.util.Objects;

/** Combining the outcomes of one entry's releases (a master entry watches several) into its state. */
public final class CheckStates {

  private CheckStates() {}

  /**
   * The entry's state from the latest outcome of each of its releases, by the same rule as one
   * cycle over all of them: a match on any release wins (price match before underpriced), then a
   * failed check (never read as "nothing for sale"), then "monitoring" when any release has copies
   * for sale, else "no listings". The lowest price is the lowest of all (all in the entry's
   * currency), the number for sale their sum, the time the latest check.
   *
   * @param perRelease at least one state, each of one release
   * @return the entry's state over all of its releases
   */
  public static CheckState combine(Collection<CheckState> perRelease) {
    Objects.requireNonNull(perRelease, "perRelease");
    if (perRelease.isEmpty()) {
      throw new IllegalArgumentException("no state to combine");
    }
    if (perRelease.size() == 1) {
      return perRelease.iterator().next();
    }
    EntryStatus status = null;
    Instant checkedAt = Instant.MIN;
    Money lowest = null;
    Integer numForSale = null;
    String failure = null;
    for (CheckState state : perRelease) {
      status = status == null || rank(state.status()) < rank(status) ? state.status() : status;
      checkedAt = state.checkedAt().isAfter(checkedAt) ? state.checkedAt() : checkedAt;
      Money price = state.lowestPrice();
      if (price != null && (lowest == null || price.currency() == lowest.currency() && price.compareTo(lowest) < 0)) {
        lowest = price;
      }
      if (state.numForSale() != null) {
        numForSale = numForSale == null ? state.numForSale() : numForSale + state.numForSale();
      }
      if (failure == null && state.status() == EntryStatus.CHECK_FAILED) {
        failure = state.message();
      }
    }
    return new CheckState(status, checkedAt, lowest, numForSale, status == EntryStatus.CHECK_FAILED ? failure : null);
  }

  private static int rank(EntryStatus status) {
    return switch (status) {
      case PRICE_MATCHED -> 0;
      case UNDERPRICED -> 1;
      case CHECK_FAILED -> 2;
      case MONITORING -> 3;
      case NO_LISTINGS -> 4;
    };
  }
}
