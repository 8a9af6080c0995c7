package io.waxalert.core.spi;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Money;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Every alert ever raised, so the same listing is alerted once per entry. Implementations are
 * thread-safe and pass {@code AbstractNotificationLogContractTest}.
 */
public interface NotificationLog {

  /**
   * Records the alert unless one with the same entry and {@link Alert#listingKey()} exists, with a
   * pending delivery on each of {@code channels} ({@link AlertOutbox}); atomic, so two concurrent
   * checks record it once, and the alert never exists without its deliveries.
   *
   * @return true when this call recorded it
   */
  boolean recordIfNew(Alert alert, Set<String> channels);

  /** Records the alert with no delivery: for hosts that read the log themselves. */
  default boolean recordIfNew(Alert alert) {
    return recordIfNew(alert, Set.of());
  }

  /** The entry's alerts, newest first. */
  List<Alert> findByEntry(UUID entryId);

  /** Every alert of the owner's entries, newest first. */
  List<Alert> findByOwner(String ownerId);

  /** The price of the entry's most recent market-stats alert, for the "only a lower price" rule. */
  Optional<Money> lastStatsAlertPrice(UUID entryId);

  /** Forgets the entry's alerts and their deliveries, when the entry is deleted. */
  void deleteByEntry(UUID entryId);
}
