package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.spi.AlertOutbox;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.core.testing.AbstractAlertOutboxContractTest;
import io.waxalert.core.testing.AbstractNotificationLogContractTest;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The core's notification log and alert outbox contracts, and what the tables add to them, on H2
 * and on PostgreSQL.
 */
class JdbcNotificationLogTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  /** The notifications table references a real entry of a real user. */
  static UUID entryIn(ApplicationContext context, String ownerId, long releaseId) {
    ProvisioningEntryStore.ensureUser(context.getBean(UserStore.class), ownerId);
    WantedEntry entry = WantedEntry.forRelease(ownerId, releaseId,
        "Rick Astley – Never Gonna Give You Up", Currency.EUR, AlertCriteria.none());
    context.getBean(JdbcWantedEntryStore.class).save(entry);
    return entry.id();
  }

  @Nested
  class OnH2 extends LogCases {
    @Override
    ApplicationContext context() {
      return TestDatabases.h2();
    }
  }

  @Nested
  class OnPostgres extends LogCases {
    @Override
    ApplicationContext context() {
      return TestDatabases.postgres();
    }
  }

  @Nested
  class OutboxOnH2 extends OutboxCases {
    @Override
    ApplicationContext context() {
      return TestDatabases.h2();
    }
  }

  @Nested
  class OutboxOnPostgres extends OutboxCases {
    @Override
    ApplicationContext context() {
      return TestDatabases.postgres();
    }
  }

  abstract static class OutboxCases extends AbstractAlertOutboxContractTest {

    abstract ApplicationContext context();

    @Override
    protected NotificationLog createLog() {
      return context().getBean(JdbcNotificationLog.class);
    }

    @Override
    protected AlertOutbox outboxOf(NotificationLog log) {
      return context().getBean(JdbcAlertOutbox.class);
    }

    @Override
    protected UUID entryFor(String ownerId, long releaseId) {
      return entryIn(context(), ownerId, releaseId);
    }
  }

  abstract static class LogCases extends AbstractNotificationLogContractTest {

    abstract ApplicationContext context();

    @Override
    protected NotificationLog createLog() {
      return context().getBean(JdbcNotificationLog.class);
    }

    @Override
    protected UUID entryFor(String ownerId, long releaseId) {
      return entryIn(context(), ownerId, releaseId);
    }

    @Test
    void unroundedPriceIsStoredRoundedHalfUpToCents() {
      String owner = "u-" + UUID.randomUUID();
      UUID entry = entryFor(owner, 249504);
      log.recordIfNew(listingAlert(entry, owner, 101, "7.679804607882764", T0));

      assertThat(log.findByEntry(entry).get(0).price().amount()).isEqualByComparingTo("7.68");
    }

    @Test
    void deletingTheEntryDeletesItsAlertsAndTheirDeliveries() {
      String owner = "u-" + UUID.randomUUID();
      UUID entry = entryFor(owner, 249504);
      var alert = listingAlert(entry, owner, 102, "20.00", T0);
      log.recordIfNew(alert, Set.of("mail"));

      assertThat(context().getBean(JdbcWantedEntryStore.class).delete(entry)).isTrue();

      assertThat(log.findByEntry(entry)).isEmpty();
      assertThat(context().getBean(JdbcAlertOutbox.class).deliveries(List.of(alert.id()))).isEmpty();
    }

    @Test
    void alertOfAnEntryThatNoLongerExistsIsNotRecorded() {
      assertThat(log.recordIfNew(listingAlert(UUID.randomUUID(), "nobody", 103, "20.00", T0), Set.of("mail")))
          .isFalse();
    }
  }
}
