package io.waxalert.examples;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemoryPriceObservationStore;
import io.waxalert.core.inmemory.InMemoryWantedEntryStore;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.core.spi.ListingSource;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Everything a monitoring engine needs besides a listing source, from the in-memory ports core
 * ships, plus an outbox standing in for the mailer. Engines built here share the stores, so a
 * second cycle sees what the first one alerted.
 */
final class InMemoryBackend {

  private final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
  private final InMemoryNotificationLog notificationLog = new InMemoryNotificationLog();
  private final InMemoryPriceObservationStore observations = new InMemoryPriceObservationStore();
  private final List<Alert> outbox = new ArrayList<>();
  private final ExchangeRates rates;
  private final Clock clock;

  InMemoryBackend(ExchangeRates rates, Clock clock) {
    this.rates = rates;
    this.clock = clock;
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
        .notifier(outbox::add)
        .exchangeRates(rates)
        .clock(clock)
        .build();
  }

  /** The alerts delivered so far, oldest first; taking them empties the outbox. */
  List<Alert> takeDelivered() {
    List<Alert> delivered = List.copyOf(outbox);
    outbox.clear();
    return delivered;
  }

  EntryStatus statusOf(WantedEntry entry) {
    return entries.find(entry.id()).orElseThrow().status();
  }
}
