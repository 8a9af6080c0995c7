package io.waxalert.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Delivery;
import io.waxalert.core.entry.DeliveryState;
import io.waxalert.core.spi.AlertOutbox;
import io.waxalert.persistence.internal.AlertRows;
import io.waxalert.persistence.internal.OwnerNames;
import io.waxalert.persistence.internal.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * {@link AlertOutbox} on the {@code alert_deliveries} table (migration V5): one row per alert and
 * channel, the channel a column value, so every channel shares each query. A claim is one
 * conditional UPDATE, atomic on H2 and PostgreSQL alike, so of several instances one sends a
 * delivery; a crashed sender's claim is a lease that expires. Thread-safe.
 */
@Singleton
public class JdbcAlertOutbox implements AlertOutbox {

  private static final int MAX_ERROR = 1000;
  private static final int IDS_PER_QUERY = 500;
  private static final String DUE_COLUMNS = "select d.alert_id, d.channel, d.attempts, d.queued_at, d.last_error"
      + " from alert_deliveries d";
  // The deliveries of a deleted entry's alerts wait: sent if it is restored, gone with it when purged.
  private static final String IS_DUE = " d.state = 'pending' and (d.next_attempt_at is null or d.next_attempt_at <= ?)"
      + " and not exists (select 1 from alert_notifications dn join wanted_list_entries de"
      + " on de.id = dn.wanted_list_entry_id where dn.id = d.alert_id and de.deleted_at is not null)"
      + " order by d.queued_at, d.alert_id, d.channel limit ?";
  private static final String WHILE_PENDING = " where alert_id = ? and channel = ? and state = 'pending'";
  private static final String CLAIM = "update alert_deliveries set next_attempt_at = ?, attempts = attempts + 1"
      + WHILE_PENDING + " and (next_attempt_at is null or next_attempt_at <= ?)";

  private final TransactionOperations<Connection> transactions;
  private final AlertRows alerts;
  private final OwnerNames owners;

  JdbcAlertOutbox(TransactionOperations<Connection> transactions, AlertRows alerts, OwnerNames owners) {
    this.transactions = transactions;
    this.alerts = alerts;
    this.owners = owners;
  }

  private record DueRow(UUID alertId, String channel, int attempts, Instant queuedAt, String lastError) {}

  @Override
  public List<Due> due(Instant now, int limit) {
    return withAlerts(read(c -> Sql.query(c, DUE_COLUMNS + " where" + IS_DUE, JdbcAlertOutbox::dueRow, now,
        Math.max(0, limit))));
  }

  @Override
  public List<Due> dueFor(String ownerId, Instant now, int limit) {
    Optional<UUID> userId = owners.userId(ownerId);
    if (userId.isEmpty()) {
      return List.of();
    }
    return withAlerts(read(c -> Sql.query(c, DUE_COLUMNS + " join alert_notifications n on n.id = d.alert_id"
        + " where n.user_id = ? and" + IS_DUE, JdbcAlertOutbox::dueRow, userId.get(), now, Math.max(0, limit))));
  }

  @Override
  public boolean claim(UUID alertId, String channel, Instant now, Instant leaseUntil) {
    try {
      return write(c -> Sql.update(c, CLAIM, leaseUntil, alertId, channel, now)) == 1;
    } catch (RuntimeException e) {
      if (Sql.isLockConflict(e)) {
        return false; // another sender is claiming it this very moment
      }
      throw e;
    }
  }

  /** {@inheritDoc} One JDBC batch in one transaction; one by one when it lost a race for a row. */
  @Override
  public Set<UUID> claimAll(Collection<UUID> alertIds, String channel, Instant now, Instant leaseUntil) {
    List<UUID> ids = List.copyOf(alertIds);
    int[] counts;
    try {
      counts = write(c -> Sql.batch(c, CLAIM, ids.stream()
          .map(id -> new Object[] {leaseUntil, id, channel, now}).toList()));
    } catch (RuntimeException e) {
      if (Sql.isLockConflict(e)) {
        return AlertOutbox.super.claimAll(ids, channel, now, leaseUntil);
      }
      throw e;
    }
    Set<UUID> claimed = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      if (counts[i] == 1) {
        claimed.add(ids.get(i));
      }
    }
    return claimed;
  }

  @Override
  public void markSentAll(Collection<UUID> alertIds, String channel, Instant sentAt) {
    inChunks(alertIds, (c, chunk) -> Sql.update(c, "update alert_deliveries set state = 'sent', sent_at = ?,"
        + " next_attempt_at = null" + pendingIn(chunk.length), withIds(chunk, sentAt, channel)));
  }

  @Override
  public void skipAll(Collection<UUID> alertIds, String channel, String reason) {
    inChunks(alertIds, (c, chunk) -> Sql.update(c, "update alert_deliveries set state = ?, next_attempt_at = null,"
        + " last_error = ?" + pendingIn(chunk.length),
        withIds(chunk, DeliveryState.SKIPPED.wireName(), bounded(reason), channel)));
  }

  @Override
  public void markSent(UUID alertId, String channel, Instant sentAt) {
    write(c -> Sql.update(c, "update alert_deliveries set state = 'sent', sent_at = ?, next_attempt_at = null"
        + WHILE_PENDING, sentAt, alertId, channel));
  }

  @Override
  public void markFailed(UUID alertId, String channel, Instant nextAttempt, String error) {
    write(c -> Sql.update(c, "update alert_deliveries set next_attempt_at = ?, last_error = ?" + WHILE_PENDING,
        nextAttempt, bounded(error), alertId, channel));
  }

  @Override
  public void giveUp(UUID alertId, String channel, String reason) {
    close(alertId, channel, DeliveryState.UNDELIVERABLE, reason);
  }

  @Override
  public void skip(UUID alertId, String channel, String reason) {
    close(alertId, channel, DeliveryState.SKIPPED, reason);
  }

  private void close(UUID alertId, String channel, DeliveryState state, String reason) {
    write(c -> Sql.update(c, "update alert_deliveries set state = ?, next_attempt_at = null, last_error = ?"
        + WHILE_PENDING, state.wireName(), bounded(reason), alertId, channel));
  }

  @Override
  public long backlog() {
    return read(c -> Sql.query(c, "select count(*) from alert_deliveries where state = 'pending'",
        row -> row.getLong(1))).get(0);
  }

  @Override
  public Map<UUID, List<Delivery>> deliveries(Collection<UUID> alertIds) {
    List<UUID> ids = List.copyOf(alertIds);
    Map<UUID, List<Delivery>> found = new HashMap<>();
    for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
      Object[] chunk = ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).toArray();
      read(c -> Sql.query(c, "select * from alert_deliveries where alert_id in (" + Sql.placeholders(chunk.length)
          + ") order by channel", JdbcAlertOutbox::delivery, chunk))
          .forEach(d -> found.computeIfAbsent(d.alertId(), id -> new ArrayList<>()).add(d));
    }
    return found;
  }

  private static String pendingIn(int count) {
    return " where channel = ? and state = 'pending' and alert_id in (" + Sql.placeholders(count) + ")";
  }

  /** The leading arguments, then the ids. */
  private static Object[] withIds(Object[] ids, Object... leading) {
    Object[] all = java.util.Arrays.copyOf(leading, leading.length + ids.length);
    System.arraycopy(ids, 0, all, leading.length, ids.length);
    return all;
  }

  /** Each write of at most {@link #IDS_PER_QUERY} ids in one transaction. */
  private void inChunks(Collection<UUID> alertIds, java.util.function.BiConsumer<Connection, Object[]> update) {
    List<UUID> ids = List.copyOf(alertIds);
    if (ids.isEmpty()) {
      return;
    }
    write(c -> {
      for (int from = 0; from < ids.size(); from += IDS_PER_QUERY) {
        update.accept(c, ids.subList(from, Math.min(ids.size(), from + IDS_PER_QUERY)).toArray());
      }
      return null;
    });
  }

  private List<Due> withAlerts(List<DueRow> rows) {
    Map<UUID, Alert> byId = alerts.byId(rows.stream().map(DueRow::alertId).distinct().toList());
    return rows.stream().filter(row -> byId.containsKey(row.alertId()))
        .map(row -> new Due(byId.get(row.alertId()), row.channel(), row.attempts(), row.queuedAt(), row.lastError()))
        .toList();
  }

  private static DueRow dueRow(ResultSet row) throws SQLException {
    return new DueRow(row.getObject("alert_id", UUID.class), row.getString("channel"), row.getInt("attempts"),
        Sql.instant(row, "queued_at"), row.getString("last_error"));
  }

  private static Delivery delivery(ResultSet row) throws SQLException {
    return new Delivery(row.getObject("alert_id", UUID.class), row.getString("channel"),
        DeliveryState.fromWireName(row.getString("state")), row.getInt("attempts"),
        Sql.instant(row, "next_attempt_at"), Sql.instant(row, "sent_at"), row.getString("last_error"),
        Sql.instant(row, "queued_at"));
  }

  private static String bounded(String text) {
    String value = text == null || text.isBlank() ? "unknown error" : text;
    return value.length() > MAX_ERROR ? value.substring(0, MAX_ERROR) : value;
  }

  private <T> T read(java.util.function.Function<Connection, T> work) {
    return transactions.executeRead(status -> work.apply(status.getConnection()));
  }

  private <T> T write(java.util.function.Function<Connection, T> work) {
    return transactions.executeWrite(status -> work.apply(status.getConnection()));
  }
}
