package io.waxalert.core.inmemory;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Money;
import io.waxalert.core.spi.NotificationLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link NotificationLog} in memory, for embedders without a database and for tests. Thread-safe. */
public final class InMemoryNotificationLog implements NotificationLog {

  private static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(Alert::createdAt).reversed();

  /** Per entry, its alerts by listing key: the uniqueness rule is the map key. */
  private final Map<UUID, Map<String, Alert>> byEntry = new HashMap<>();
  /** Undelivered alerts by id, in the order they were raised. */
  private final Map<UUID, Alert> pending = new LinkedHashMap<>();

  @Override
  public synchronized boolean recordIfNew(Alert alert) {
    Map<String, Alert> ofEntry = byEntry.computeIfAbsent(alert.entryId(), id -> new HashMap<>());
    if (ofEntry.putIfAbsent(alert.listingKey(), alert) != null) {
      return false;
    }
    if (!alert.isSent()) {
      pending.put(alert.id(), alert);
    }
    return true;
  }

  @Override
  public synchronized List<Alert> pending(int limit) {
    return pending.values().stream().limit(limit).toList();
  }

  @Override
  public synchronized void markSent(UUID alertId, Instant sentAt) {
    Alert alert = pending.remove(alertId);
    if (alert != null) {
      byEntry.get(alert.entryId()).put(alert.listingKey(), alert.sent(sentAt));
    }
  }

  @Override
  public synchronized List<Alert> findByEntry(UUID entryId) {
    List<Alert> found = new ArrayList<>(byEntry.getOrDefault(entryId, Map.of()).values());
    found.sort(NEWEST_FIRST);
    return found;
  }

  @Override
  public synchronized Optional<Money> lastStatsAlertPrice(UUID entryId) {
    return byEntry.getOrDefault(entryId, Map.of()).values().stream()
        .filter(Alert::isStatsAlert)
        .max(Comparator.comparing(Alert::createdAt))
        .map(Alert::price);
  }

  @Override
  public synchronized void deleteByEntry(UUID entryId) {
    Map<String, Alert> removed = byEntry.remove(entryId);
    if (removed != null) {
      removed.values().forEach(alert -> pending.remove(alert.id()));
    }
  }
}
