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
 * @param marketFetchedAt when the market figures the check judged were read from the marketplace:
 *     earlier than {@code checkedAt} when a recent fetch was reused (of a master's releases, the
 *     oldest); null when the check read none
 */
public record CheckState(
    EntryStatus status,
    Instant checkedAt,
    @Nullable Money lowestPrice,
    @Nullable Integer numForSale,
    @Nullable String message,
    @Nullable Instant marketFetchedAt) {

  /**
   * Validates the state.
   *
   * @param status where the entry stands
   * @param checkedAt when the check ran
   * @param lowestPrice the market's lowest price in the entry's currency, null when none or unknown
   * @param numForSale copies for sale, null when unknown
   * @param message why the check failed, for {@link EntryStatus#CHECK_FAILED}; null otherwise
   * @param marketFetchedAt when the judged market figures were read; null when the check read none
   * @throws NullPointerException if {@code status} or {@code checkedAt} is null
   */
  public CheckState {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(checkedAt, "checkedAt");
  }

  /**
   * A state whose market figures were fetched by the check itself.
   *
   * @param status where the entry stands
   * @param checkedAt when the check ran, also when its figures were read
   * @param lowestPrice the market's lowest price in the entry's currency, null when none or unknown
   * @param numForSale copies for sale, null when unknown
   * @param message why the check failed, for {@link EntryStatus#CHECK_FAILED}; null otherwise
   */
  public CheckState(EntryStatus status, Instant checkedAt, @Nullable Money lowestPrice,
      @Nullable Integer numForSale, @Nullable String message) {
    this(status, checkedAt, lowestPrice, numForSale, message, checkedAt);
  }

  /**
   * The same market figures with another status, e.g. after the entry's criteria changed.
   *
   * @param newStatus the status to record; a failure message is kept only for a failed check
   * @return the changed state
   */
  public CheckState withStatus(EntryStatus newStatus) {
    return new CheckState(newStatus, checkedAt, lowestPrice, numForSale,
        newStatus == EntryStatus.CHECK_FAILED ? message : null, marketFetchedAt);
  }
}
