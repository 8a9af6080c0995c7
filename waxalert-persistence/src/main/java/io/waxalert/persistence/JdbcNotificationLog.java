package io.waxalert.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Money;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.persistence.internal.AlertMapper;
import io.waxalert.persistence.internal.AlertRows;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.EntryRepository;
import io.waxalert.persistence.internal.NotificationRepository;
import io.waxalert.persistence.internal.OwnerNames;
import io.waxalert.persistence.internal.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link NotificationLog} on the {@code alert_notifications} table, with the deliveries of each
 * alert in {@code alert_deliveries} ({@link JdbcAlertOutbox}). Thread-safe.
 *
 * <p>"Once per entry and listing" is the table's {@code UNIQUE(wanted_list_entry_id, listing_key)}:
 * {@link #recordIfNew} inserts the alert and its deliveries in one transaction and reads a unique
 * violation as "already recorded", so concurrent checks on any number of instances record an alert
 * once, never without its deliveries. Prices are stored rounded half-up to cents; an alert's owner is
 * the owner of its entry.
 */
@Singleton
public class JdbcNotificationLog implements NotificationLog {

  private static final String INSERT_DELIVERY = "insert into alert_deliveries"
      + " (alert_id, channel, state, attempts, queued_at) values (?, ?, 'pending', 0, ?)";

  private final NotificationRepository notifications;
  private final EntryRepository entries;
  private final OwnerNames owners;
  private final AlertRows rows;
  private final TransactionOperations<Connection> transactions;

  JdbcNotificationLog(NotificationRepository notifications, EntryRepository entries, OwnerNames owners,
      AlertRows rows, TransactionOperations<Connection> transactions) {
    this.notifications = notifications;
    this.entries = entries;
    this.owners = owners;
    this.rows = rows;
    this.transactions = transactions;
  }

  /** {@inheritDoc} An alert for an entry that no longer exists, or is deleted, is not recorded (false). */
  @Override
  public boolean recordIfNew(Alert alert, Set<String> channels) {
    Optional<UUID> userId = entries.findUserIdByIdAndDeletedAtIsNull(alert.entryId());
    if (userId.isEmpty()) {
      return false;
    }
    try {
      transactions.executeWrite(status -> {
        notifications.save(AlertMapper.toEntity(alert, userId.get()));
        for (String channel : channels) {
          Sql.update(status.getConnection(), INSERT_DELIVERY, alert.id(), channel, alert.createdAt());
        }
        return null;
      });
      return true;
    } catch (RuntimeException e) {
      // Lost the race to a concurrent check (unique violation, or on H2 sometimes a lock
      // conflict), or the entry was deleted meanwhile: nothing new was recorded.
      if (Columns.isUniqueViolation(e) || Sql.isLockConflict(e)
          || notifications.existsByWantedListEntryIdAndListingKey(alert.entryId(), alert.listingKey())
          || entries.findUserIdByIdAndDeletedAtIsNull(alert.entryId()).isEmpty()) {
        return false;
      }
      throw e;
    }
  }

  @Override
  public List<Alert> findByEntry(UUID entryId) {
    return rows.toAlerts(notifications.findByWantedListEntryIdOrderByCreatedAtDesc(entryId));
  }

  /**
   * The price of the entry's latest alert recorded before {@code before}, other than {@code except}:
   * what an alert mail compares its price with. One narrow read (issue 15: the whole history, mapped,
   * was a sixth of a mail's CPU).
   *
   * @param entryId the entry
   * @param except the alert being mailed
   * @param before when that alert was recorded
   * @return the earlier alert's price, empty when there is none
   */
  public Optional<Money> lastPriceBefore(UUID entryId, UUID except, Instant before) {
    return transactions.executeRead(status -> Sql.query(status.getConnection(),
        "select listing_price, cast(listing_currency as varchar(3)) from alert_notifications"
            + " where wanted_list_entry_id = ? and id <> ? and created_at < ? order by created_at desc"
            + " fetch first 1 rows only",
        row -> Money.of(row.getBigDecimal(1), io.waxalert.core.model.Currency.parse(row.getString(2))),
        entryId, except, before)).stream().findFirst();
  }

  /** {@inheritDoc} Alerts of a deleted entry are left out until it is restored. */
  @Override
  public List<Alert> findByOwner(String ownerId) {
    return owners.userId(ownerId)
        .map(userId -> rows.toAlerts(notifications.findOfLiveEntries(userId)))
        .orElse(List.of());
  }

  /**
   * When each of the owner's entries last alerted, by entry id; entries that never did are left
   * out.
   *
   * @param ownerId the owner's Discogs username
   * @return the last alert time per entry id, empty for an unknown owner
   */
  public Map<UUID, Instant> lastAlertTimes(String ownerId) {
    Optional<UUID> userId = owners.userId(ownerId);
    if (userId.isEmpty()) {
      return Map.of();
    }
    Map<UUID, Instant> times = new HashMap<>();
    transactions.executeRead(status -> Sql.query(status.getConnection(),
        "select wanted_list_entry_id, max(created_at) as last_at from alert_notifications where user_id = ?"
            + " group by wanted_list_entry_id",
        row -> times.put(row.getObject("wanted_list_entry_id", UUID.class), Sql.instant(row, "last_at")),
        userId.get()));
    return times;
  }

  @Override
  public Optional<Money> lastStatsAlertPrice(UUID entryId) {
    return notifications.findFirstByWantedListEntryIdAndListingIdIsNullOrderByCreatedAtDesc(entryId)
        .map(row -> AlertMapper.toAlert(row, "").price());
  }

  /** {@inheritDoc} Their deliveries go with them (ON DELETE CASCADE). */
  @Override
  public void deleteByEntry(UUID entryId) {
    notifications.deleteByWantedListEntryId(entryId);
  }
}
