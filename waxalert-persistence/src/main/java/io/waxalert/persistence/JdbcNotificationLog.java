package io.waxalert.persistence;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Money;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.persistence.internal.AlertMapper;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.EntryRepository;
import io.waxalert.persistence.internal.NotificationEntity;
import io.waxalert.persistence.internal.NotificationRepository;
import io.waxalert.persistence.internal.OwnerNames;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link NotificationLog} on the {@code alert_notifications} table. Thread-safe.
 *
 * <p>"Once per entry and listing" is the table's {@code UNIQUE(wanted_list_entry_id, listing_key)}:
 * {@link #recordIfNew} inserts and reads a unique violation as "already recorded", so concurrent
 * checks on any number of instances record an alert once. Prices are stored rounded half-up to
 * cents; an alert's owner is the owner of its entry.
 */
@Singleton
public class JdbcNotificationLog implements NotificationLog {

  private final NotificationRepository notifications;
  private final EntryRepository entries;
  private final OwnerNames owners;

  JdbcNotificationLog(NotificationRepository notifications, EntryRepository entries, OwnerNames owners) {
    this.notifications = notifications;
    this.entries = entries;
    this.owners = owners;
  }

  /** {@inheritDoc} An alert for an entry that no longer exists is not recorded (false). */
  @Override
  public boolean recordIfNew(Alert alert) {
    Optional<UUID> userId = entries.findUserIdById(alert.entryId());
    if (userId.isEmpty()) {
      return false;
    }
    try {
      notifications.save(AlertMapper.toEntity(alert, userId.get()));
      return true;
    } catch (RuntimeException e) {
      // Lost the race to a concurrent check (unique violation, or on H2 sometimes a lock
      // conflict), or the entry was deleted meanwhile: nothing new was recorded.
      if (Columns.isUniqueViolation(e)
          || notifications.existsByWantedListEntryIdAndListingKey(alert.entryId(), alert.listingKey())
          || entries.findUserIdById(alert.entryId()).isEmpty()) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public List<Alert> pending(int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return toAlerts(notifications.findPending(limit));
  }

  @Override
  public void markSent(UUID alertId, Instant sentAt) {
    notifications.markSent(alertId, Columns.instant(sentAt));
  }

  @Override
  public List<Alert> findByEntry(UUID entryId) {
    return toAlerts(notifications.findByWantedListEntryIdOrderByCreatedAtDesc(entryId));
  }

  /** Every alert of the owner's entries, newest first. */
  public List<Alert> findByOwner(String ownerId) {
    return owners.userId(ownerId)
        .map(userId -> notifications.findByUserIdOrderByCreatedAtDesc(userId).stream()
            .map(row -> AlertMapper.toAlert(row, ownerId))
            .toList())
        .orElse(List.of());
  }

  @Override
  public Optional<Money> lastStatsAlertPrice(UUID entryId) {
    return notifications.findFirstByWantedListEntryIdAndListingIdIsNullOrderByCreatedAtDesc(entryId)
        .map(row -> AlertMapper.toAlert(row, "").price());
  }

  @Override
  public void deleteByEntry(UUID entryId) {
    notifications.deleteByWantedListEntryId(entryId);
  }

  private List<Alert> toAlerts(List<NotificationEntity> rows) {
    Map<UUID, String> ownerIds = owners.ownerIds(
        rows.stream().map(NotificationEntity::userId).collect(Collectors.toSet()));
    return rows.stream()
        .filter(row -> ownerIds.containsKey(row.userId()))
        .map(row -> AlertMapper.toAlert(row, ownerIds.get(row.userId())))
        .toList();
  }
}
