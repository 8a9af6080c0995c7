package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.waxalert.persistence.internal.SchemaMigrations;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * When a start migrates: a database behind this build is migrated to its newest migration, one
 * already there is left alone (Flyway not even loaded, so an edited checksum passes), and one whose
 * history holds a failed migration goes to Flyway, which stops the start. On H2 and PostgreSQL.
 */
class SchemaMigrationsTest {

  private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__.+\\.sql");

  @Test
  void newestIsTheVersionOfTheNewestMigrationFile() throws IOException, URISyntaxException {
    Path folder = Paths.get(SchemaMigrations.class.getResource("/db/migration").toURI());
    try (Stream<Path> files = Files.list(folder)) {
      int newest = files.map(f -> VERSIONED.matcher(f.getFileName().toString())).filter(Matcher::matches)
          .mapToInt(m -> Integer.parseInt(m.group(1))).max().orElseThrow();
      assertThat(SchemaMigrations.NEWEST).as("SchemaMigrations.NEWEST, raised with each new migration")
          .isEqualTo(String.valueOf(newest));
    }
  }

  @Nested
  class OnH2 extends Cases {
    @Override
    String newDatabase() {
      return "jdbc:h2:mem:schema-" + UUID.randomUUID()
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

    @Test
    void aDatabaseOneMigrationBehindIsMigratedToTheNewest() throws SQLException {
      String url = newDatabase();
      int behind = Integer.parseInt(SchemaMigrations.NEWEST) - 1;
      Flyway.configure().dataSource(url, user(), "").locations("classpath:db/migration")
          .target(String.valueOf(behind)).load().migrate();

      try (ApplicationContext ignored = TestDatabases.startOn(url, driver(), user())) {
        assertThat(newestApplied(url)).isEqualTo(SchemaMigrations.NEWEST);
      }
    }

    @Test
    void aCurrentDatabaseIsLeftAloneEvenWithAnEditedChecksum() throws SQLException {
      String url = newDatabase();
      Flyway.configure().dataSource(url, user(), "").locations("classpath:db/migration").load().migrate();
      update(url, "update flyway_schema_history set checksum = checksum + 1 where version = '1'");

      try (ApplicationContext context = TestDatabases.startOn(url, driver(), user())) {
        assertThat(context.getBean(UserStore.class)).isNotNull();
        assertThat(newestApplied(url)).isEqualTo(SchemaMigrations.NEWEST);
      }
    }

    @Test
    void aHistoryWithAFailedMigrationGoesToFlywayWhichStopsTheStart() throws SQLException {
      String url = newDatabase();
      Flyway.configure().dataSource(url, user(), "").locations("classpath:db/migration").load().migrate();
      update(url, "update flyway_schema_history set success = false where version = '5'");

      assertThatThrownBy(() -> TestDatabases.startOn(url, driver(), user()).close())
          .hasStackTraceContaining("failed migration");
    }

    private String newestApplied(String url) throws SQLException {
      try (Connection c = DriverManager.getConnection(url, user(), ""); Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select version from flyway_schema_history where success"
              + " order by installed_rank desc")) {
        assertThat(r.next()).isTrue();
        return r.getString(1);
      }
    }

    private void update(String url, String sql) throws SQLException {
      try (Connection c = DriverManager.getConnection(url, user(), ""); Statement s = c.createStatement()) {
        assertThat(s.executeUpdate(sql)).isEqualTo(1);
      }
    }
  }
}
