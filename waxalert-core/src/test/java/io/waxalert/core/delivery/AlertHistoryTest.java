package io.waxalert.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.DeliveryState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemoryWantedEntryStore;
import io.waxalert.core.model.Currency;
import io.waxalert.core.testing.AlertTestData;
import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AlertHistoryTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private final InMemoryNotificationLog log = new InMemoryNotificationLog();
  private final InMemoryWantedEntryStore entries = new InMemoryWantedEntryStore();
  private final AlertHistory history = new AlertHistory(log, log.outbox(), entries, FixedExchangeRates.approximate());

  private WantedEntry entry(String owner) {
    WantedEntry entry = WantedEntry.forRelease(owner, 249504, "A – B", Currency.EUR, AlertCriteria.none());
    entries.save(entry);
    return entry;
  }

  @Test
  void eachAlertShowsItsDeliveriesPerChannelAndItsTotal() {
    WantedEntry entry = entry("ann");
    Alert alert = AlertTestData.anAlert().forEntry(entry.id(), "ann").ofListing(1).withPrice("20.00", "EUR")
        .withShipping("4.00", "GBP").at(T0).build();
    log.recordIfNew(alert, Set.of("mail", "webhook"));
    log.outbox().claim(alert.id(), "mail", T0, T0.plusSeconds(60));
    log.outbox().markSent(alert.id(), "mail", T0.plusSeconds(1));
    log.outbox().giveUp(alert.id(), "webhook", "gave up after 13 attempts over 3 days; last error: HTTP 503");

    DeliveredAlert shown = history.ofOwner("ann").get(0);

    assertThat(shown.sentAt("mail")).isEqualTo(T0.plusSeconds(1));
    assertThat(shown.sentAt("webhook")).isNull();
    assertThat(shown.on("webhook").orElseThrow().state()).isEqualTo(DeliveryState.UNDELIVERABLE);
    assertThat(shown.on("telegram")).isEmpty();
    // 4.00 GBP is about 4.55 EUR at the approximate rates
    assertThat(shown.total().currency()).isEqualTo(Currency.EUR);
    assertThat(shown.total().amountText()).isEqualTo("24.55");
  }

  @Test
  void anotherOwnersEntryHasNoHistoryForTheCaller() {
    WantedEntry entry = entry("bob");
    log.recordIfNew(AlertTestData.anAlert().forEntry(entry.id(), "bob").at(T0).build(), Set.of("mail"));

    assertThat(history.ofEntry("bob", entry.id())).hasValueSatisfying(alerts -> assertThat(alerts).hasSize(1));
    assertThat(history.ofEntry("mallory", entry.id())).isEmpty();
    assertThat(history.ofEntry("bob", UUID.randomUUID())).isEmpty();
  }

  @Test
  void aListingWithUnknownShippingHasNoTotal() {
    WantedEntry entry = entry("cat");
    log.recordIfNew(AlertTestData.anAlert().forEntry(entry.id(), "cat").withShipping(null, null).at(T0).build());

    assertThat(history.ofOwner("cat").get(0).total()).isNull();
    assertThat(history.ofOwner("cat").get(0).deliveries()).isEmpty();
  }
}
