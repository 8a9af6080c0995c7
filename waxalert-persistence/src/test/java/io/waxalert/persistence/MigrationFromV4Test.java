package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.Verdict;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Delivery;
import io.waxalert.core.spi.AlertOutbox.Due;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * V5 on a database the old migrations made and filled: each alert keeps its delivery state per
 * channel (sent stays sent, pending stays pending, webhook rows too), and alerts recorded with a text
 * explanation still read with their verdicts. On H2 and on PostgreSQL.
 */
class MigrationFromV4Test {

  private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);
  private static final String EXPLANATION = "max price (ok): 12.50 EUR is at most 25.00 EUR\n"
      + "media condition (not judged): at least VG+ wanted; cannot be judged from the market's lowest price;"
      + " check it on the sell page";

  @Nested
  class OnH2 extends Cases {
    @Override
    String newDatabase() {
      return "jdbc:h2:mem:v4-" + UUID.randomUUID()
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }

    @Override
    String driver() {
      return "org.h2.Driver";
    }

    @Override
    String user() {
      return "sa";
    }
  }

  @Nested
  class OnPostgres extends Cases {
    @Override
    String newDatabase() {
      return TestDatabases.newPostgresDatabase();
    }

    @Override
    String driver() {
      return "org.postgresql.Driver";
    }

    @Override
    String user() {
      return "postgres";
    }
  }

  abstract static class Cases {

    abstract String newDatabase();

    abstract String driver();

    abstract String user();

    private final UUID withHook = UUID.randomUUID();
    private final UUID withoutMail = UUID.randomUUID();
    private final UUID hookEntry = UUID.randomUUID();
    private final UUID mailLessEntry = UUID.randomUUID();
    private final UUID sentBoth = UUID.randomUUID();
    private final UUID retrying = UUID.randomUUID();
    private final UUID mailOnly = UUID.randomUUID();
    private final UUID noAddress = UUID.randomUUID();
    private final UUID hookGivenUp = UUID.randomUUID();

    @Test
    void oldAlertsKeepTheirDeliveriesPerChannelAndReadWithTheirVerdicts() throws SQLException {
      String url = newDatabase();
      Flyway.configure().dataSource(url, user(), "").locations("classpath:db/migration").target("4").load()
          .migrate();
      try (Connection c = DriverManager.getConnection(url, user(), "")) {
        fillTheV4Schema(c);
      }

      try (ApplicationContext context = TestDatabases.startOn(url, driver(), user())) {
        JdbcAlertOutbox outbox = context.getBean(JdbcAlertOutbox.class);
        Map<UUID, List<Delivery>> deliveries = outbox.deliveries(
            List.of(sentBoth, retrying, mailOnly, noAddress, hookGivenUp));

        assertThat(states(deliveries.get(sentBoth))).containsExactly("mail:sent", "webhook:sent");
        assertThat(deliveries.get(sentBoth).get(0).sentAt()).isEqualTo(CREATED.plusMinutes(1).toInstant());
        assertThat(deliveries.get(sentBoth).get(1).sentAt()).isEqualTo(CREATED.plusMinutes(2).toInstant());
        assertThat(states(deliveries.get(retrying))).containsExactly("mail:pending", "webhook:pending");
        Delivery retryingMail = deliveries.get(retrying).get(0);
        assertThat(retryingMail.attempts()).isEqualTo(2);
        assertThat(retryingMail.nextAttemptAt()).isEqualTo(CREATED.plusHours(1).toInstant());
        assertThat(retryingMail.lastError()).isEqualTo("smtp down");
        assertThat(retryingMail.queuedAt()).isEqualTo(CREATED.toInstant());
        assertThat(deliveries.get(retrying).get(1).attempts()).isEqualTo(1);
        assertThat(deliveries.get(retrying).get(1).lastError()).isNull();
        assertThat(states(deliveries.get(mailOnly))).containsExactly("mail:pending");
        assertThat(states(deliveries.get(noAddress))).containsExactly("mail:skipped");
        assertThat(deliveries.get(noAddress).get(0).lastError()).isEqualTo("no email address");
        assertThat(states(deliveries.get(hookGivenUp))).containsExactly("mail:sent", "webhook:undeliverable");
        assertThat(deliveries.get(hookGivenUp).get(0).lastError()).isNull();
        assertThat(deliveries.get(hookGivenUp).get(1).lastError()).isEqualTo("HTTP 410");

        // the relay finds the pending ones due as before
        List<Due> due = outbox.dueFor("hooked", CREATED.plusHours(2).toInstant(), 100);
        assertThat(due).extracting(d -> d.alert().id() + ":" + d.channel()).containsExactlyInAnyOrder(
            retrying + ":mail", retrying + ":webhook", mailOnly + ":mail");
        assertThat(outbox.dueFor("hooked", CREATED.plusMinutes(30).toInstant(), 100))
            .extracting(d -> d.alert().id() + ":" + d.channel())
            .containsExactlyInAnyOrder(retrying + ":webhook", mailOnly + ":mail");

        Alert old = context.getBean(JdbcNotificationLog.class).findByEntry(hookEntry).stream()
            .filter(a -> a.id().equals(sentBoth)).findFirst().orElseThrow();
        assertThat(old.verdicts()).extracting(CriterionResult::criterion, CriterionResult::verdict)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(Criterion.MAX_PRICE, Verdict.PASSED),
                org.assertj.core.groups.Tuple.tuple(Criterion.MEDIA_CONDITION, Verdict.NOT_JUDGED));
        assertThat(old.verdicts().get(0).reason()).isEqualTo("12.50 EUR is at most 25.00 EUR");
        assertThat(old.explain()).isEqualTo(EXPLANATION);
        assertThat(old.shipping()).isNull();
        assertThat(context.getBean(UserStore.class).findByUsername("hooked").orElseThrow().telegramChatId())
            .isNull();
      }
    }

    private static List<String> states(List<Delivery> deliveries) {
      return deliveries.stream().map(d -> d.channel() + ":" + d.state().wireName()).toList();
    }

    private void fillTheV4Schema(Connection c) throws SQLException {
      update(c, "insert into users (id, discogs_username, email, currency, notify_mode, webhook_url, blocked_sellers,"
          + " created_at, updated_at) values (?, 'hooked', 'hooked@example.org', 'EUR', 'instant',"
          + " 'https://hooks.example.org/h', '', ?, ?)", withHook, CREATED, CREATED);
      update(c, "insert into users (id, discogs_username, email, currency, notify_mode, blocked_sellers,"
          + " created_at, updated_at) values (?, 'mailless', null, 'EUR', 'digest', '', ?, ?)",
          withoutMail, CREATED, CREATED);
      entry(c, hookEntry, withHook, 4001);
      entry(c, mailLessEntry, withoutMail, 4002);
      // mail and webhook both sent
      alert(c, sentBoth, hookEntry, withHook, "listing:1", "sent", CREATED.plusMinutes(1), 1, null, null,
          "sent", 1, null, CREATED.plusMinutes(2));
      // mail failed twice (retry in an hour), webhook tried once
      alert(c, retrying, hookEntry, withHook, "listing:2", "pending", null, 2, CREATED.plusHours(1), "smtp down",
          "pending", 1, CREATED.plusMinutes(1), null);
      // the user had no webhook when it was recorded
      alert(c, mailOnly, hookEntry, withHook, "listing:3", "pending", null, 0, null, null, "none", 0, null, null);
      // V2's undeliverable: the user had no mail address
      alert(c, noAddress, mailLessEntry, withoutMail, "listing:4", "undeliverable", null, 0, null,
          "no email address", "none", 0, null, null);
      // mail sent, the webhook given up (its error kept with V3's prefix)
      alert(c, hookGivenUp, hookEntry, withHook, "listing:5", "sent", CREATED.plusMinutes(1), 1, null,
          "webhook: HTTP 410", "failed", 9, null, null);
    }

    private static void entry(Connection c, UUID id, UUID user, long release) throws SQLException {
      update(c, "insert into wanted_list_entries (id, user_id, discogs_release_id, release_ids, title, currency,"
          + " price_basis, unknown_shipping, location_filter, location_mode, blocked_sellers, is_active, status,"
          + " created_at, updated_at) values (?, ?, ?, ?, 'A – B', 'EUR', 'item', 'item_price_only', '',"
          + " 'exclude', '', true, 'monitoring', ?, ?)", id, user, release, String.valueOf(release), CREATED, CREATED);
    }

    private static void alert(Connection c, UUID id, UUID entry, UUID user, String key, String mailState,
        OffsetDateTime mailSentAt, int attempts, OffsetDateTime nextAttempt, String lastError, String hookState,
        int hookAttempts, OffsetDateTime hookNext, OffsetDateTime hookSentAt) throws SQLException {
      update(c, "insert into alert_notifications (id, wanted_list_entry_id, user_id, discogs_release_id, title,"
          + " notification_type, listing_key, listing_id, listing_price, listing_currency, listing_url,"
          + " explanation, delivery_state, email_sent_at, created_at, attempts, next_attempt_at, last_error,"
          + " webhook_state, webhook_attempts, webhook_next_attempt_at, webhook_sent_at)"
          + " values (?, ?, ?, 4001, 'A – B', 'price_matched', ?, ?, 12.50, 'EUR', 'https://www.discogs.com/x',"
          + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
          id, entry, user, key, Long.parseLong(key.substring(8)), EXPLANATION, mailState, mailSentAt, CREATED,
          attempts, nextAttempt, lastError, hookState, hookAttempts, hookNext, hookSentAt);
    }

    private static void update(Connection c, String sql, Object... params) throws SQLException {
      try (PreparedStatement statement = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          statement.setObject(i + 1, params[i]);
        }
        statement.executeUpdate();
      }
    }
  }

  static Instant at(OffsetDateTime time) {
    return time.toInstant();
  }
}
