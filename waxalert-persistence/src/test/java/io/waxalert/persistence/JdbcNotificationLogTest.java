package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.core.testing.AbstractNotificationLogContractTest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The core's notification log contract, and what the table adds to it, on H2 and on PostgreSQL. */
class JdbcNotificationLogTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  @Nested
  class OnH2 extends Cases {
    @Override
    ApplicationContext context() {
      return TestDatabases.h2();
    }
  }

  @Nested
  class OnPostgres extends Cases {
    @Override
    ApplicationContext context() {
      return TestDatabases.postgres();
    }
  }

  abstract static class Cases extends AbstractNotificationLogContractTest {

    abstract ApplicationContext context();

    @Override
    protected NotificationLog createLog() {
      return context().getBean(JdbcNotificationLog.class);
    }

    /** The notifications table references a real entry of a real user. */
    @Override
    protected UUID entryFor(String ownerId, long releaseId) {
      ProvisioningEntryStore.ensureUser(context().getBean(UserStore.class), ownerId);
      WantedEntry entry = WantedEntry.forRelease(ownerId, releaseId,
          "Rick Astley – Never Gonna Give You Up", Currency.EUR, AlertCriteria.none());
      context().getBean(JdbcWantedEntryStore.class).save(entry);
      return entry.id();
    }

    @Test
    void unroundedPriceIsStoredRoundedHalfUpToCents() {
      String owner = "u-" + UUID.randomUUID();
      UUID entry = entryFor(owner, 249504);
      log.recordIfNew(listingAlert(entry, owner, 101, "7.679804607882764", T0));

      assertThat(log.findByEntry(entry).get(0).price().amount()).isEqualByComparingTo("7.68");
    }

    @Test
    void deletingTheEntryDeletesItsAlerts() {
      String owner = "u-" + UUID.randomUUID();
      UUID entry = entryFor(owner, 249504);
      log.recordIfNew(listingAlert(entry, owner, 102, "20.00", T0));

      assertThat(context().getBean(JdbcWantedEntryStore.class).delete(entry)).isTrue();

      assertThat(log.findByEntry(entry)).isEmpty();
    }

    @Test
    void alertOfAnEntryThatNoLongerExistsIsNotRecorded() {
      assertThat(log.recordIfNew(listingAlert(UUID.randomUUID(), "nobody", 103, "20.00", T0))).isFalse();
    }

    @Test
    void ownerSeesAllTheirAlertsNewestFirst() {
      String owner = "u-" + UUID.randomUUID();
      UUID first = entryFor(owner, 249504);
      UUID second = entryFor(owner, 1234);
      log.recordIfNew(listingAlert(first, owner, 104, "20.00", T0));
      log.recordIfNew(listingAlert(second, owner, 105, "20.00", T0.plusSeconds(60)));

      assertThat(context().getBean(JdbcNotificationLog.class).findByOwner(owner))
          .extracting(Alert::listingId).containsExactly(105L, 104L);
    }

    @ParameterizedTest
    @EnumSource(OutboxChannel.class)
    void outboxClaimsOnceBacksOffAfterAFailureAndForgetsSentOrAbandonedAlerts(OutboxChannel channel) {
      JdbcNotificationLog outbox = context().getBean(JdbcNotificationLog.class);
      String owner = "u-" + UUID.randomUUID();
      UUID entry = entryFor(owner, 249504);
      withWebhook(owner);
      outbox.recordIfNew(listingAlert(entry, owner, 201, "20.00", T0));
      outbox.recordIfNew(listingAlert(entry, owner, 202, "20.00", T0));
      outbox.recordIfNew(listingAlert(entry, owner, 203, "20.00", T0));
      Instant now = T0.plusSeconds(10);
      UUID sent = alertOfListing(outbox, entry, 201);
      UUID retried = alertOfListing(outbox, entry, 202);
      UUID abandoned = alertOfListing(outbox, entry, 203);

      assertThat(outbox.dueForOwner(channel, owner, now, 10)).hasSize(3);
      assertThat(outbox.claim(channel, sent, now, now.plusSeconds(300))).isTrue();
      assertThat(outbox.claim(channel, sent, now, now.plusSeconds(300))).as("second claim").isFalse();
      outbox.markSent(channel, sent, now);
      assertThat(outbox.claim(channel, retried, now, now.plusSeconds(300))).isTrue();
      assertThat(outbox.attempts(channel, retried)).isEqualTo(1);
      outbox.markFailed(channel, retried, now.plusSeconds(60), "server down");
      outbox.abandon(channel, abandoned, "nowhere to send it");

      assertThat(outbox.dueForOwner(channel, owner, now.plusSeconds(30), 10)).isEmpty();
      assertThat(outbox.dueForOwner(channel, owner, now.plusSeconds(61), 10))
          .extracting(Alert::id).containsExactly(retried);
      assertThat(outbox.due(channel, now.plusSeconds(61), 10_000)).extracting(Alert::id)
          .contains(retried).doesNotContain(sent, abandoned);
      assertThat(outbox.claim(channel, retried, now.plusSeconds(61), now.plusSeconds(400))).isTrue();
      assertThat(outbox.attempts(channel, retried)).isEqualTo(2);
      assertThat(outbox.findByEntry(entry)).hasSize(3);
    }

    @Test
    void channelsKeepTheirOwnState() {
      JdbcNotificationLog outbox = context().getBean(JdbcNotificationLog.class);
      String owner = "u-" + UUID.randomUUID();
      UUID entry = entryFor(owner, 249504);
      withWebhook(owner);
      outbox.recordIfNew(listingAlert(entry, owner, 211, "20.00", T0));
      UUID alert = alertOfListing(outbox, entry, 211);
      Instant now = T0.plusSeconds(10);

      outbox.claim(OutboxChannel.MAIL, alert, now, now.plusSeconds(300));
      outbox.markSent(OutboxChannel.MAIL, alert, now);

      assertThat(outbox.dueForOwner(OutboxChannel.MAIL, owner, now, 10)).isEmpty();
      assertThat(outbox.dueForOwner(OutboxChannel.WEBHOOK, owner, now, 10)).extracting(Alert::id)
          .containsExactly(alert);
    }

    @Test
    void webhookChannelIsPendingOnlyForUsersWithAWebhook() {
      JdbcNotificationLog outbox = context().getBean(JdbcNotificationLog.class);
      String owner = "u-" + UUID.randomUUID();
      UUID entry = entryFor(owner, 249504);
      outbox.recordIfNew(listingAlert(entry, owner, 221, "20.00", T0));

      assertThat(outbox.dueForOwner(OutboxChannel.MAIL, owner, T0, 10)).hasSize(1);
      assertThat(outbox.dueForOwner(OutboxChannel.WEBHOOK, owner, T0, 10)).isEmpty();
    }

    private void withWebhook(String owner) {
      UserStore users = context().getBean(UserStore.class);
      users.update(users.findByUsername(owner).orElseThrow().withWebhookUrl("https://hooks.example.org/x"));
    }

    private static UUID alertOfListing(JdbcNotificationLog outbox, UUID entry, long listingId) {
      return outbox.findByEntry(entry).stream().filter(a -> a.listingId() == listingId)
          .findFirst().orElseThrow().id();
    }

    @Test
    void aJobLeaseIsHeldByOneOwnerUntilReleasedOrExpired() {
      JdbcJobLease lease = context().getBean(JdbcJobLease.class);
      String name = "test-" + UUID.randomUUID();

      assertThat(lease.tryAcquire(name, "a", T0, T0.plusSeconds(60))).isTrue();
      assertThat(lease.tryAcquire(name, "b", T0.plusSeconds(1), T0.plusSeconds(61))).isFalse();
      assertThat(lease.tryAcquire(name, "b", T0.plusSeconds(60), T0.plusSeconds(120))).as("expired").isTrue();
      lease.release(name, "a", T0.plusSeconds(61)); // not a's any more: no effect
      assertThat(lease.tryAcquire(name, "c", T0.plusSeconds(62), T0.plusSeconds(122))).isFalse();
      lease.release(name, "b", T0.plusSeconds(62));
      assertThat(lease.tryAcquire(name, "c", T0.plusSeconds(62), T0.plusSeconds(122))).isTrue();
    }
  }
}
