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

  // --- the outbox (issue 6): the service's relay delivers what the engine recorded, per channel ---

  /** Alerts pending on {@code channel} and due at {@code now} (never tried, or their retry time came), oldest first. */
  public List<Alert> due(OutboxChannel channel, Instant now, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    Instant at = Columns.instant(now);
    return toAlerts(switch (channel) {
      case MAIL -> notifications.findDue(at, limit);
      case WEBHOOK -> notifications.findWebhookDue(at, limit);
    });
  }

  /** The owner's alerts pending on {@code channel} and due at {@code now}, oldest first. */
  public List<Alert> dueForOwner(OutboxChannel channel, String ownerId, Instant now, int limit) {
    Instant at = Columns.instant(now);
    return owners.userId(ownerId)
        .map(userId -> toAlerts(switch (channel) {
          case MAIL -> notifications.findDueForUser(userId, at, limit);
          case WEBHOOK -> notifications.findWebhookDueForUser(userId, at, limit);
        }))
        .orElse(List.of());
  }

  /**
   * Claims a due alert for one delivery attempt on {@code channel}, until {@code leaseUntil}; atomic,
   * so of several instances one wins. A crashed sender's claim expires at {@code leaseUntil} and the
   * alert is due again.
   *
   * @return true when this caller may send it now
   */
  public boolean claim(OutboxChannel channel, UUID alertId, Instant now, Instant leaseUntil) {
    Instant at = Columns.instant(now);
    Instant until = Columns.instant(leaseUntil);
    return switch (channel) {
      case MAIL -> notifications.claim(alertId, at, until);
      case WEBHOOK -> notifications.claimWebhook(alertId, at, until);
    } == 1;
  }

  /** Delivery attempts (claims) made so far on {@code channel}, 0 when unknown. */
  public int attempts(OutboxChannel channel, UUID alertId) {
    return (switch (channel) {
      case MAIL -> notifications.findAttemptsById(alertId);
      case WEBHOOK -> notifications.findWebhookAttemptsById(alertId);
    }).orElse(0);
  }

  /** {@code channel} accepted the alert: it is never sent there again. */
  public void markSent(OutboxChannel channel, UUID alertId, Instant sentAt) {
    Instant at = Columns.instant(sentAt);
    switch (channel) {
      case MAIL -> notifications.markSent(alertId, at);
      case WEBHOOK -> notifications.markWebhookSent(alertId, at);
    }
  }

  /** The attempt failed: the alert stays pending on {@code channel} and is due again at {@code nextAttempt}. */
  public void markFailed(OutboxChannel channel, UUID alertId, Instant nextAttempt, String error) {
    String reason = error == null ? "unknown error" : error;
    String bounded = reason.length() > 1000 ? reason.substring(0, 1000) : reason;
    Instant at = Columns.instant(nextAttempt);
    switch (channel) {
      case MAIL -> notifications.markFailed(alertId, at, bounded);
      case WEBHOOK -> notifications.markWebhookFailed(alertId, at, "webhook: " + bounded);
    }
  }

  /**
   * Nothing can be sent on {@code channel} (the user has no mail address, or removed their webhook):
   * the alert stays recorded and leaves that channel's outbox.
   */
  public void abandon(OutboxChannel channel, UUID alertId, String reason) {
    switch (channel) {
      case MAIL -> notifications.markUndeliverable(alertId, reason);
      case WEBHOOK -> notifications.setWebhookState(alertId, "none");
    }
  }

  /** Alerts whose mail is not yet delivered: the outbox backlog. */
  public long countPending() {
    return notifications.countPending();
  }
}
