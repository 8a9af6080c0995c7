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
      // the webhook channel is pending only for users who have a webhook now
      notifications.markWebhookPendingIfWanted(alert.id());
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

  // --- outbox (issue 6): the service's relay delivers what the engine recorded ---

  /** Pending alerts due for an attempt at {@code now} (never tried, or their retry time came), oldest first. */
  public List<Alert> due(Instant now, int limit) {
    return limit <= 0 ? List.of() : toAlerts(notifications.findDue(Columns.instant(now), limit));
  }

  /** The owner's pending alerts due at {@code now}, oldest first. */
  public List<Alert> dueForOwner(String ownerId, Instant now, int limit) {
    return owners.userId(ownerId)
        .map(userId -> toAlerts(notifications.findDueForUser(userId, Columns.instant(now), limit)))
        .orElse(List.of());
  }

  /**
   * Claims a due alert for one delivery attempt, until {@code leaseUntil}; atomic, so of several
   * instances one wins. A crashed sender's claim expires at {@code leaseUntil} and the alert is due
   * again.
   *
   * @return true when this caller may send it now
   */
  public boolean claim(UUID alertId, Instant now, Instant leaseUntil) {
    return notifications.claim(alertId, Columns.instant(now), Columns.instant(leaseUntil)) == 1;
  }

  /** Delivery attempts made so far (claims), 0 when unknown. */
  public int attempts(UUID alertId) {
    return notifications.findAttemptsById(alertId).orElse(0);
  }

  /** The attempt failed: the alert stays pending and is due again at {@code nextAttempt}. */
  public void markFailed(UUID alertId, Instant nextAttempt, String error) {
    String reason = error == null ? "unknown error" : error;
    notifications.markFailed(alertId, Columns.instant(nextAttempt),
        reason.length() > 1000 ? reason.substring(0, 1000) : reason);
  }

  /** The alert stays recorded but can not be delivered (the user has no address). */
  public void markUndeliverable(UUID alertId, String reason) {
    notifications.markUndeliverable(alertId, reason);
  }

  /** Alerts not yet delivered: the outbox backlog. */
  public long countPending() {
    return notifications.countPending();
  }

  // --- webhook channel (V3): same outbox rules, own state ---

  public List<Alert> webhookDue(Instant now, int limit) {
    return limit <= 0 ? List.of() : toAlerts(notifications.findWebhookDue(Columns.instant(now), limit));
  }

  public List<Alert> webhookDueForOwner(String ownerId, Instant now, int limit) {
    return owners.userId(ownerId)
        .map(userId -> toAlerts(notifications.findWebhookDueForUser(userId, Columns.instant(now), limit)))
        .orElse(List.of());
  }

  public boolean claimWebhook(UUID alertId, Instant now, Instant leaseUntil) {
    return notifications.claimWebhook(alertId, Columns.instant(now), Columns.instant(leaseUntil)) == 1;
  }

  public int webhookAttempts(UUID alertId) {
    return notifications.findWebhookAttemptsById(alertId).orElse(0);
  }

  public void markWebhookSent(UUID alertId, Instant sentAt) {
    notifications.markWebhookSent(alertId, Columns.instant(sentAt));
  }

  public void markWebhookFailed(UUID alertId, Instant nextAttempt, String error) {
    String reason = error == null ? "unknown error" : error;
    notifications.markWebhookFailed(alertId, Columns.instant(nextAttempt),
        reason.length() > 1000 ? reason.substring(0, 1000) : reason);
  }

  /** The user removed their webhook: nothing more to send on that channel. */
  public void dropWebhook(UUID alertId) {
    notifications.setWebhookState(alertId, "none");
  }
}
