package io.waxalert.examples;

import io.waxalert.core.delivery.AlertRelay;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemoryPriceObservationStore;
import io.waxalert.core.inmemory.InMemoryWantedEntryStore;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.core.spi.ListingSource;
import io.waxalert.core.spi.Notifier;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything a monitoring engine needs besides a listing source, from the in-memory ports core
 * ships, plus the core's relay with a notifier that keeps what it is given (standing in for the
 * mailer). Engines built here share the stores, so a second cycle sees what the first one alerted.
 */
final class InMemoryBackend {

  private static final String CHANNEL = "outbox";

  private final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
  private final InMemoryNotificationLog notificationLog = new InMemoryNotificationLog();
  private final InMemoryPriceObservationStore observations = new InMemoryPriceObservationStore();
  private final List<Alert> outbox = new ArrayList<>();
  private final ExchangeRates rates;
  private final Clock clock;
  private final AlertRelay relay;

  InMemoryBackend(ExchangeRates rates, Clock clock) {
    this.rates = rates;
    this.clock = clock;
    Notifier keeping = new Notifier() {
      @Override
      public String channel() {
        return CHANNEL;
      }

      @Override
      public void send(Recipient recipient, List<Alert> alerts) {
        outbox.addAll(alerts);
      }
    };
    // every collector of the examples can be reached on the one channel, under their own name
    this.relay = AlertRelay.builder()
        .outbox(notificationLog.outbox())
        .recipients(owner -> Optional.of(new Recipient(owner, Currency.EUR, false, Map.of(CHANNEL, owner))))
        .notifier(keeping)
        .clock(clock)
        .build();
  }

  void save(Collection<WantedEntry> wanted) {
    wanted.forEach(entries::save);
  }

  MonitoringEngine engineOver(ListingSource source) {
    return MonitoringEngine.builder()
        .listingSource(source)
        .entries(entries)
        .notificationLog(notificationLog)
        .observations(observations)
        .deliveryChannels(relay.channels())
        .exchangeRates(rates)
        .clock(clock)
        .build();
  }

  /** Relays what the engines recorded; the alerts delivered so far, oldest first, emptying the outbox. */
  List<Alert> takeDelivered() {
    relay.relayDue();
    List<Alert> delivered = List.copyOf(outbox);
    outbox.clear();
    return delivered;
  }

  EntryStatus statusOf(WantedEntry entry) {
    return entries.find(entry.id()).orElseThrow().status();
  }
}
