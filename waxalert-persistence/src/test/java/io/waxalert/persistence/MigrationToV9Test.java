package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.entry.WantedEntry;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * V9 on a database V5 made and filled: an entry that excluded countries keeps them as excluded, one
 * that wanted countries keeps them as wanted, and the market figures of a check date from it. On H2
 * and on PostgreSQL.
 */
class MigrationToV9Test {

  private static final OffsetDateTime CHECKED = OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);

  @Nested
  class OnH2 extends Cases {
    @Override
    String newDatabase() {
      return "jdbc:h2:mem:v5-" + UUID.randomUUID()
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

    private final UUID user = UUID.randomUUID();
    private final UUID excluding = UUID.randomUUID();
    private final UUID including = UUID.randomUUID();

    @Test
    void eachEntryKeepsItsCountriesOnTheRightSideAndItsLastCheck() throws SQLException {
      String url = newDatabase();
      Flyway.configure().dataSource(url, user(), "").locations("classpath:db/migration").target("5").load()
          .migrate();
      try (Connection c = DriverManager.getConnection(url, user(), "")) {
        update(c, "insert into users (id, discogs_username, email, currency, notify_mode, blocked_sellers,"
            + " created_at, updated_at) values (?, 'v5user', null, 'EUR', 'instant', '', ?, ?)", user, CHECKED, CHECKED);
        entry(c, excluding, 9001, "Japan\nUnited States", "exclude");
        entry(c, including, 9002, "Germany", "include");
      }

      try (ApplicationContext context = TestDatabases.startOn(url, driver(), user())) {
        JdbcWantedEntryStore store = context.getBean(JdbcWantedEntryStore.class);
        ShipsFromFilter excluded = store.find(excluding).orElseThrow().criteria().shipsFrom();
        assertThat(excluded.notFrom()).containsExactlyInAnyOrder("Japan", "United States");
        assertThat(excluded.onlyFrom()).isEmpty();
        WantedEntry wanted = store.find(including).orElseThrow();
        assertThat(wanted.criteria().shipsFrom().onlyFrom()).containsExactly("Germany");
        assertThat(wanted.criteria().shipsFrom().notFrom()).isEmpty();
        assertThat(wanted.lastCheck().marketFetchedAt()).isEqualTo(CHECKED.toInstant());
        assertThat(store.findDeleted(including)).isEmpty();
      }
    }

    private void entry(Connection c, UUID id, long release, String countries, String mode) throws SQLException {
      update(c, "insert into wanted_list_entries (id, user_id, discogs_release_id, release_ids, title, currency,"
          + " price_basis, unknown_shipping, location_filter, location_mode, blocked_sellers, is_active, status,"
          + " last_checked, lowest_price, lowest_price_currency, num_for_sale, created_at, updated_at)"
          + " values (?, ?, ?, ?, 'A – B', 'EUR', 'item', 'item_price_only', ?, ?, '', true, 'monitoring',"
          + " ?, 12.50, 'EUR', 3, ?, ?)",
          id, user, release, String.valueOf(release), countries, mode, CHECKED, CHECKED, CHECKED);
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
}
