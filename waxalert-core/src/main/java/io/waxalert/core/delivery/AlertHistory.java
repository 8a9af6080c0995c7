package io.waxalert.core.delivery;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Delivery;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.spi.AlertOutbox;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.core.spi.WantedEntryStore;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * The alert history: a collector's alerts, newest first, each with its deliveries per channel (sent,
 * pending, undeliverable with the reason, skipped). Thread-safe as long as its ports are.
 */
public final class AlertHistory {

  private final NotificationLog log;
  private final AlertOutbox outbox;
  private final WantedEntryStore entries;
  private final ExchangeRates rates;

  /**
   * Creates the history over the service's ports.
   *
   * @param log where the alerts are
   * @param outbox where their deliveries are
   * @param entries the wanted entries, to check an entry's owner
   * @param rates converts shipping for the alerts' totals
   * @throws NullPointerException if an argument is null
   */
  public AlertHistory(NotificationLog log, AlertOutbox outbox, WantedEntryStore entries, ExchangeRates rates) {
    this.log = Objects.requireNonNull(log, "log");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    this.entries = Objects.requireNonNull(entries, "entries");
    this.rates = Objects.requireNonNull(rates, "rates");
  }

  /**
   * Every alert of the owner's entries.
   *
   * @param ownerId the collector
   * @return the alerts, newest first, each with its deliveries sorted by channel; empty for an
   *     unknown owner
   */
  public List<DeliveredAlert> ofOwner(String ownerId) {
    return withDeliveries(log.findByOwner(ownerId));
  }

  /**
   * The entry's alerts; empty when the entry does not exist or is not the owner's.
   *
   * @param ownerId the collector asking
   * @param entryId the wanted entry
   * @return the alerts, newest first, with their deliveries; empty when the entry is unknown or
   *     another's
   */
  public Optional<List<DeliveredAlert>> ofEntry(String ownerId, UUID entryId) {
    return entries.find(entryId)
        .filter(entry -> entry.ownerId().equals(ownerId))
        .map(entry -> withDeliveries(log.findByEntry(entry.id())));
  }

  private List<DeliveredAlert> withDeliveries(List<Alert> alerts) {
    Map<UUID, List<Delivery>> deliveries = outbox.deliveries(alerts.stream().map(Alert::id).toList());
    return alerts.stream()
        .map(alert -> new DeliveredAlert(alert, alert.total(rates).orElse(null),
            deliveries.getOrDefault(alert.id(), List.of()).stream()
                .sorted(Comparator.comparing(Delivery::channel)).toList()))
        .toList();
  }
}
