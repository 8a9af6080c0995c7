package io.waxalert.core.spi;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Money;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Every alert ever raised, so the same listing is alerted once per entry, and the delivery state of
 * each. Implementations are thread-safe and pass {@code AbstractNotificationLogContractTest}.
 */
public interface NotificationLog {

  /**
   * Records the alert unless one with the same entry and {@link Alert#listingKey()} exists; atomic,
   * so two concurrent checks record it once.
   *
   * @return true when this call recorded it
   */
  boolean recordIfNew(Alert alert);

  /** Alerts not yet delivered, oldest first. */
  List<Alert> pending(int limit);

  /** Marks a delivered alert; idempotent. */
  void markSent(UUID alertId, Instant sentAt);

  /** The entry's alerts, newest first. */
  List<Alert> findByEntry(UUID entryId);

  /** The price of the entry's most recent market-stats alert, for the "only a lower price" rule. */
  Optional<Money> lastStatsAlertPrice(UUID entryId);

  /** Forgets the entry's alerts, when the entry is deleted. */
  void deleteByEntry(UUID entryId);
}
