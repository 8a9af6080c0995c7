package io.waxalert.core.inmemory;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Delivery;
import io.waxalert.core.entry.DeliveryState;
import io.waxalert.core.spi.AlertOutbox;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * An {@link AlertOutbox} in memory: the deliveries of an {@link InMemoryNotificationLog}, which
 * creates them as it records alerts. Thread-safe; every method holds the outbox's lock, so a claim is
 * atomic.
 */
public final class InMemoryAlertOutbox implements AlertOutbox {

  private record Key(UUID alertId, String channel) {}

  /** One delivery and the alert it sends; each change makes a new row. */
  private record Row(Alert alert, Delivery delivery) {
    boolean isDue(Instant now) {
      return delivery.state() == DeliveryState.PENDING
          && (delivery.nextAttemptAt() == null || !delivery.nextAttemptAt().isAfter(now));
    }

    Row claimed(Instant leaseUntil) {
      return with(DeliveryState.PENDING, delivery.attempts() + 1, leaseUntil, null, delivery.lastError());
    }

    Row sent(Instant at) {
      return with(DeliveryState.SENT, delivery.attempts(), null, at, delivery.lastError());
    }

    Row failed(Instant nextAttempt, String error) {
      return with(DeliveryState.PENDING, delivery.attempts(), nextAttempt, null, error);
    }

    Row closed(DeliveryState state, String reason) {
      return with(state, delivery.attempts(), null, null, reason);
    }

    private Row with(DeliveryState state, int attempts, Instant nextAttemptAt, Instant sentAt, String lastError) {
      return new Row(alert, new Delivery(delivery.alertId(), delivery.channel(), state, attempts, nextAttemptAt,
          sentAt, lastError, delivery.queuedAt()));
    }
  }

  /** By the time their alert was recorded; a stable sort keeps creation order among equals. */
  private static final Comparator<Row> OLDEST_FIRST = Comparator.comparing(row -> row.delivery().queuedAt());

  /** In the order the deliveries were created. */
  private final Map<Key, Row> rows = new LinkedHashMap<>();

  /** Creates a pending delivery of {@code alert} on each channel; called by the log as it records. */
  synchronized void enqueue(Alert alert, Collection<String> channels) {
    for (String channel : new HashSet<>(channels)) {
      rows.putIfAbsent(new Key(alert.id(), channel), new Row(alert,
          new Delivery(alert.id(), channel, DeliveryState.PENDING, 0, null, null, null, alert.createdAt())));
    }
  }

  /** Forgets the deliveries of the entry's alerts, when the entry goes. */
  synchronized void forgetEntry(UUID entryId) {
    rows.values().removeIf(row -> row.alert().entryId().equals(entryId));
  }

  @Override
  public synchronized List<Due> due(Instant now, int limit) {
    return dueWhere(row -> true, now, limit);
  }

  @Override
  public synchronized List<Due> dueFor(String ownerId, Instant now, int limit) {
    return dueWhere(row -> row.alert().ownerId().equals(ownerId), now, limit);
  }

  private List<Due> dueWhere(Predicate<Row> filter, Instant now, int limit) {
    return rows.values().stream()
        .filter(row -> row.isDue(now) && filter.test(row))
        .sorted(OLDEST_FIRST)
        .limit(Math.max(0, limit))
        .map(row -> new Due(row.alert(), row.delivery().channel(), row.delivery().attempts(),
            row.delivery().queuedAt(), row.delivery().lastError()))
        .toList();
  }

  @Override
  public synchronized boolean claim(UUID alertId, String channel, Instant now, Instant leaseUntil) {
    Key key = new Key(alertId, channel);
    Row row = rows.get(key);
    if (row == null || !row.isDue(now)) {
      return false;
    }
    rows.put(key, row.claimed(leaseUntil));
    return true;
  }

  @Override
  public synchronized void markSent(UUID alertId, String channel, Instant sentAt) {
    whilePending(alertId, channel, row -> row.sent(sentAt));
  }

  @Override
  public synchronized void markFailed(UUID alertId, String channel, Instant nextAttempt, String error) {
    whilePending(alertId, channel, row -> row.failed(nextAttempt, error));
  }

  @Override
  public synchronized void giveUp(UUID alertId, String channel, String reason) {
    whilePending(alertId, channel, row -> row.closed(DeliveryState.UNDELIVERABLE, reason));
  }

  @Override
  public synchronized void skip(UUID alertId, String channel, String reason) {
    whilePending(alertId, channel, row -> row.closed(DeliveryState.SKIPPED, reason));
  }

  private void whilePending(UUID alertId, String channel, UnaryOperator<Row> change) {
    rows.computeIfPresent(new Key(alertId, channel),
        (key, row) -> row.delivery().state() == DeliveryState.PENDING ? change.apply(row) : row);
  }

  @Override
  public synchronized long backlog() {
    return rows.values().stream().filter(row -> row.delivery().state() == DeliveryState.PENDING).count();
  }

  @Override
  public synchronized Map<UUID, List<Delivery>> deliveries(Collection<UUID> alertIds) {
    Set<UUID> wanted = new HashSet<>(alertIds);
    Map<UUID, List<Delivery>> found = new HashMap<>();
    for (Row row : rows.values()) {
      if (wanted.contains(row.delivery().alertId())) {
        found.computeIfAbsent(row.delivery().alertId(), id -> new ArrayList<>()).add(row.delivery());
      }
    }
    return found;
  }
}
