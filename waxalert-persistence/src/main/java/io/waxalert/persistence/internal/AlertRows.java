package io.waxalert.persistence.internal;

import io.waxalert.core.entry.Alert;
import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads alert rows as core alerts, with their owners' ids (Discogs usernames) looked up in one query. */
@Singleton
public final class AlertRows {

  private final NotificationRepository notifications;
  private final OwnerNames owners;

  AlertRows(NotificationRepository notifications, OwnerNames owners) {
    this.notifications = notifications;
    this.owners = owners;
  }

  /** The rows as alerts, in their order; rows of users that no longer exist are left out. */
  public List<Alert> toAlerts(List<NotificationEntity> rows) {
    Map<UUID, String> ownerIds = owners.ownerIds(
        rows.stream().map(NotificationEntity::userId).collect(Collectors.toSet()));
    return rows.stream()
        .filter(row -> ownerIds.containsKey(row.userId()))
        .map(row -> AlertMapper.toAlert(row, ownerIds.get(row.userId())))
        .toList();
  }

  /** The alerts with these ids, by id. */
  public Map<UUID, Alert> byId(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    Map<UUID, Alert> found = new HashMap<>();
    toAlerts(notifications.findByIdIn(ids)).forEach(alert -> found.put(alert.id(), alert));
    return found;
  }
}
