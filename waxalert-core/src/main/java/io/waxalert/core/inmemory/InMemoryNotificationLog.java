package io.waxalert.core.inmemory;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Money;
import io.waxalert.core.spi.NotificationLog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * A {@link NotificationLog} in memory, for embedders without a database and for tests; the
 * deliveries it records go to its {@link #outbox()}. Thread-safe.
 */
public final class InMemoryNotificationLog implements NotificationLog {

  private static final Comparator<Alert> NEWEST_FIRST = Comparator.comparing(Alert::createdAt).reversed();

  /** Per entry, its alerts by listing key: the uniqueness rule is the map key. */
  private final Map<UUID, Map<String, Alert>> byEntry = new HashMap<>();
  private final InMemoryAlertOutbox outbox;

  /** A log with an outbox of its own. */
  public InMemoryNotificationLog() {
    this(new InMemoryAlertOutbox());
  }

  /**
   * A log that records deliveries into {@code outbox}.
   *
   * @param outbox the outbox the relay reads, shared with it
   */
  public InMemoryNotificationLog(InMemoryAlertOutbox outbox) {
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  /**
   * Where the deliveries of recorded alerts wait for the relay.
   *
   * @return the outbox
   */
  public InMemoryAlertOutbox outbox() {
    return outbox;
  }

  @Override
  public synchronized boolean recordIfNew(Alert alert, Set<String> channels) {
    Map<String, Alert> ofEntry = byEntry.computeIfAbsent(alert.entryId(), id -> new HashMap<>());
    if (ofEntry.putIfAbsent(alert.listingKey(), alert) != null) {
      return false;
    }
    outbox.enqueue(alert, channels);
    return true;
  }

  @Override
  public synchronized List<Alert> findByEntry(UUID entryId) {
    List<Alert> found = new ArrayList<>(byEntry.getOrDefault(entryId, Map.of()).values());
    found.sort(NEWEST_FIRST);
    return found;
  }

  @Override
  public synchronized List<Alert> findByOwner(String ownerId) {
    List<Alert> found = new ArrayList<>();
    byEntry.values().forEach(alerts -> alerts.values().stream()
        .filter(alert -> alert.ownerId().equals(ownerId)).forEach(found::add));
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
    byEntry.remove(entryId);
    outbox.forgetEntry(entryId);
  }
}
