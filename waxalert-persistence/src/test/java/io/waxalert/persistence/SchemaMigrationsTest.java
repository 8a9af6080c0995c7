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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

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

  @ParameterizedTest
  @EnumSource(TestDatabases.Engine.class)
  void aDatabaseOneMigrationBehindIsMigratedToTheNewest(TestDatabases.Engine engine) throws SQLException {
    String url = engine.newDatabase();
    int behind = Integer.parseInt(SchemaMigrations.NEWEST) - 1;
    Flyway.configure().dataSource(url, engine.user, "").locations("classpath:db/migration")
        .target(String.valueOf(behind)).load().migrate();

    try (ApplicationContext ignored = TestDatabases.startOn(url, engine.driver, engine.user)) {
      assertThat(newestApplied(engine, url)).isEqualTo(SchemaMigrations.NEWEST);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Engine.class)
  void aCurrentDatabaseIsLeftAloneEvenWithAnEditedChecksum(TestDatabases.Engine engine) throws SQLException {
    String url = engine.newDatabase();
    Flyway.configure().dataSource(url, engine.user, "").locations("classpath:db/migration").load().migrate();
    update(engine, url, "update flyway_schema_history set checksum = checksum + 1 where version = '1'");

    try (ApplicationContext context = TestDatabases.startOn(url, engine.driver, engine.user)) {
      assertThat(context.getBean(UserStore.class)).isNotNull();
      assertThat(newestApplied(engine, url)).isEqualTo(SchemaMigrations.NEWEST);
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Engine.class)
  void aHistoryWithAFailedMigrationGoesToFlywayWhichStopsTheStart(TestDatabases.Engine engine) throws SQLException {
    String url = engine.newDatabase();
    Flyway.configure().dataSource(url, engine.user, "").locations("classpath:db/migration").load().migrate();
    update(engine, url, "update flyway_schema_history set success = false where version = '5'");

    assertThatThrownBy(() -> TestDatabases.startOn(url, engine.driver, engine.user).close())
        .hasStackTraceContaining("failed migration");
  }

  private static String newestApplied(TestDatabases.Engine engine, String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, engine.user, ""); Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select version from flyway_schema_history where success"
            + " order by installed_rank desc")) {
      assertThat(r.next()).isTrue();
      return r.getString(1);
    }
  }

  private static void update(TestDatabases.Engine engine, String url, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url, engine.user, ""); Statement s = c.createStatement()) {
      assertThat(s.executeUpdate(sql)).isEqualTo(1);
    }
  }
}
