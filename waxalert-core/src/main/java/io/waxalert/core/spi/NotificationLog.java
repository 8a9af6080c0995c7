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
   * @param alert the alert raised
   * @param channels the channels to deliver it on, by name; may be empty
   * @return true when this call recorded it
   */
  boolean recordIfNew(Alert alert, Set<String> channels);

  /**
   * Records the alert with no delivery: for hosts that read the log themselves.
   *
   * @param alert the alert raised
   * @return true when this call recorded it
   */
  default boolean recordIfNew(Alert alert) {
    return recordIfNew(alert, Set.of());
  }

  /**
   * The entry's alerts, newest first.
   *
   * @param entryId the wanted entry
   * @return the alerts, empty for an unknown entry
   */
  List<Alert> findByEntry(UUID entryId);

  /**
   * Every alert of the owner's entries, newest first.
   *
   * @param ownerId the collector
   * @return the alerts, empty for an unknown owner
   */
  List<Alert> findByOwner(String ownerId);

  /**
   * The price of the entry's most recent market-stats alert, for the "only a lower price" rule.
   *
   * @param entryId the wanted entry
   * @return that alert's price, or empty when the entry has no market-stats alert
   */
  Optional<Money> lastStatsAlertPrice(UUID entryId);

  /**
   * Forgets the entry's alerts and their deliveries, when the entry is deleted.
   *
   * @param entryId the wanted entry
   */
  void deleteByEntry(UUID entryId);
}
