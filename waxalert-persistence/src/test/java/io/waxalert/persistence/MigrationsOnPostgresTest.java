package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The Flyway migrations on a real PostgreSQL: tables, types, and the constraints that guard data. */
class MigrationsOnPostgresTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);

  private Connection connect() throws SQLException {
    DataSource dataSource = TestDatabases.postgres().getBean(DataSource.class);
    return DelegatingDataSource.unwrapDataSource(dataSource).getConnection();
  }

  @Test
  void migrationsCreatedTheTablesWithPortableTypes() throws SQLException {
    try (Connection c = connect()) {
      assertThat(strings(c, "select table_name from information_schema.tables"
          + " where table_schema = 'public' order by table_name"))
          .contains("users", "wanted_list_entries", "alert_notifications", "alert_deliveries",
              "price_observations", "revoked_sessions", "email_confirmations", "sign_in_fingerprints",
              "followed_sellers", "seller_reads", "seller_listings", "flyway_schema_history", "scheduled_tasks",
              "release_markets", "entry_release_checks", "budget_ledger",
              "budget_instances", "master_versions", "discogs_budget_bucket")
          .doesNotContain("job_lease");
      assertThat(strings(c, "select version from flyway_schema_history where success order by installed_rank"))
          .containsExactly("1", "2", "3", "4", "5", "7", "8", "9", "10", "11");
      assertThat(strings(c, "select indexname from pg_indexes where tablename = 'wanted_list_entries'"
          + " and indexname in ('ix_entries_release', 'ix_entries_master') order by indexname"))
          .containsExactly("ix_entries_master", "ix_entries_release");
      assertThat(strings(c, "select column_name from information_schema.columns"
          + " where table_name = 'alert_deliveries' and column_name in ('attempts', 'next_attempt_at')"
          + " order by column_name")).containsExactly("attempts", "next_attempt_at");
      assertThat(strings(c, "select column_name from information_schema.columns"
          + " where table_name = 'alert_notifications' and column_name like '%webhook%'")).isEmpty();
      assertThat(strings(c, "select column_name from information_schema.columns"
          + " where table_name = 'scheduled_tasks' and column_name = 'priority'")).containsExactly("priority");
      assertThat(strings(c, "select data_type || ':' || coalesce(numeric_precision, 0) || ','"
          + " || coalesce(numeric_scale, 0) from information_schema.columns"
          + " where table_name = 'alert_notifications'"
          + " and column_name in ('created_at', 'listing_price') order by column_name"))
          .containsExactly("timestamp with time zone:0,0", "numeric:14,2");
      assertThat(strings(c, "select data_type || ':' || coalesce(character_maximum_length, 0) from information_schema.columns"
          + " where table_name = 'users' and column_name = 'country'")).containsExactly("character varying:64");
      assertThat(strings(c, "select data_type || ':' || coalesce(numeric_precision, 0) || ','"
          + " || coalesce(numeric_scale, 0) from information_schema.columns"
          + " where table_name = 'seller_listings' and column_name in ('price', 'read_at') order by column_name"))
          .containsExactly("numeric:14,2", "timestamp with time zone:0,0");
    }
  }

  @Test
  void databaseRefusesASecondEntryForTheSameReleaseAndCascadesDeletes() throws SQLException {
    try (Connection c = connect()) {
      UUID user = insertUser(c);
      UUID entry = insertEntry(c, user, 4242);

      assertThatThrownBy(() -> insertEntry(c, user, 4242))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));

      UUID notification = insertNotification(c, entry, user, "listing:1");
      assertThatThrownBy(() -> insertNotification(c, entry, user, "listing:1"))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23505"));

      assertThatThrownBy(() -> update(c, "insert into alert_deliveries (alert_id, channel, state, queued_at)"
          + " values (?, 'mail', 'lost', ?)", notification, NOW))
          .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("23514"));
      update(c, "insert into alert_deliveries (alert_id, channel, state, queued_at) values (?, 'mail', 'pending', ?)",
          notification, NOW);

      update(c, "delete from users where id = ?", user);
      assertThat(strings(c, "select count(*) from wanted_list_entries where user_id = '" + user + "'"))
          .containsExactly("0");
      assertThat(strings(c, "select count(*) from alert_notifications where user_id = '" + user + "'"))
          .containsExactly("0");
      assertThat(strings(c, "select count(*) from alert_deliveries where alert_id = '" + notification + "'"))
          .containsExactly("0");
    }
  }

  private static UUID insertUser(Connection c) throws SQLException {
    UUID id = UUID.randomUUID();
    update(c, "insert into users (id, discogs_username, currency, notify_mode, blocked_sellers,"
        + " created_at, updated_at) values (?, ?, 'EUR', 'instant', '', ?, ?)",
        id, "m-" + id, NOW, NOW);
    return id;
  }

  private static UUID insertEntry(Connection c, UUID user, long release) throws SQLException {
    UUID id = UUID.randomUUID();
    update(c, "insert into wanted_list_entries (id, user_id, discogs_release_id, release_ids, title,"
        + " currency, price_basis, unknown_shipping, location_filter, location_exclude,"
        + " blocked_sellers, is_active, status, created_at, updated_at)"
        + " values (?, ?, ?, ?, 'A', 'EUR', 'item', 'item_price_only', '', '', '', true,"
        + " 'monitoring', ?, ?)", id, user, release, String.valueOf(release), NOW, NOW);
    return id;
  }

  private static UUID insertNotification(Connection c, UUID entry, UUID user, String key)
      throws SQLException {
    UUID id = UUID.randomUUID();
    update(c, "insert into alert_notifications (id, wanted_list_entry_id, user_id, discogs_release_id,"
        + " title, notification_type, listing_key, listing_price, listing_currency, listing_url,"
        + " verdicts, created_at) values (?, ?, ?, 4242, 'A', 'price_matched',"
        + " ?, 12.50, 'EUR', 'https://x', '[]', ?)", id, entry, user, key, NOW);
    return id;
  }

  private static void update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement statement = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        statement.setObject(i + 1, params[i]);
      }
      statement.executeUpdate();
    }
  }

  private static List<String> strings(Connection c, String sql) throws SQLException {
    List<String> values = new ArrayList<>();
    try (PreparedStatement statement = c.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
