package io.waxalert.core.entry;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.Money;
import java.time.Instant;
import java.util.Objects;

/**
 * The outcome of an entry's last check.
 *
 * @param status where the entry stands
 * @param checkedAt when the check ran
 * @param lowestPrice the market's lowest price in the entry's currency, null when none or unknown
 * @param numForSale copies for sale, null when unknown
 * @param message why the check failed, for {@link EntryStatus#CHECK_FAILED}; null otherwise
 */
public record CheckState(
    EntryStatus status,
    Instant checkedAt,
    @Nullable Money lowestPrice,
    @Nullable Integer numForSale,
    @Nullable String message) {

  /**
   * Validates the state.
   *
   * @param status where the entry stands
   * @param checkedAt when the check ran
   * @param lowestPrice the market's lowest price in the entry's currency, null when none or unknown
   * @param numForSale copies for sale, null when unknown
   * @param message why the check failed, for {@link EntryStatus#CHECK_FAILED}; null otherwise
   * @throws NullPointerException if {@code status} or {@code checkedAt} is null
   */
  public CheckState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(checkedAt, "checkedAt");
  }
}
