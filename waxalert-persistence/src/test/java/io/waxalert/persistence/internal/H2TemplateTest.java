package io.waxalert.persistence.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new H2 file database starts from the build's migrated template: the template is what Flyway
 * makes of db/migration, with no rows but the history's, Flyway finds a copy current, and it is
 * used only for a new file whose stored settings and account are the template's.
 */
class H2TemplateTest {

  private static final String SERVICE_OPTIONS = H2Template.OPTIONS + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128";

  @TempDir
  Path folder;

  @Test
  void theTemplateIsWhatFlywayMakesOfTheMigrationsAndHoldsOnlyTheHistory() throws Exception {
    Path template = folder.resolve("template.mv.db");
    H2Template.main(new String[] {template.toString()});
    String migrated = "jdbc:h2:file:" + folder.resolve("migrated") + ";" + H2Template.OPTIONS;
    Flyway.configure().dataSource(migrated, "sa", "").load().migrate();

    String copied = "jdbc:h2:file:" + folder.resolve("template") + ";" + H2Template.OPTIONS;
    assertThat(schema(copied)).isNotEmpty().isEqualTo(schema(migrated));
    try (Connection c = DriverManager.getConnection(copied, "sa", ""); Statement s = c.createStatement()) {
      for (String table : tables(c)) {
        try (ResultSet rows = s.executeQuery("select count(*) from " + table)) {
          rows.next();
          assertThat(rows.getLong(1) > 0).as(table).isEqualTo(table.equals("flyway_schema_history"));
        }
      }
      try (ResultSet last = s.executeQuery(
          "select version, success from flyway_schema_history order by installed_rank desc limit 1")) {
        last.next();
        assertThat(last.getString(1)).isEqualTo(SchemaMigrations.NEWEST);
        assertThat(last.getBoolean(2)).isTrue();
      }
    }
  }

  @Test
  void aStartOnANewFileCopiesTheTemplateAndFlywayFindsNothingToDo() throws Exception {
    Path template = folder.resolve("build/template.mv.db");
    H2Template.main(new String[] {template.toString()});
    Path data = folder.resolve("data");
    Path file = H2Template.newFile("jdbc:h2:file:" + data.resolve("waxalert") + ";" + SERVICE_OPTIONS, "sa", "")
        .orElseThrow();
    assertThat(file).isEqualTo(data.resolve("waxalert.mv.db"));

    assertThat(H2Template.createFrom(template.toUri().toURL(), file)).isTrue();
    assertThat(file).hasSameBinaryContentAs(template);
    try (Statement s = DriverManager.getConnection("jdbc:h2:file:" + data.resolve("waxalert") + ";"
        + SERVICE_OPTIONS, "sa", "").createStatement()) {
      s.execute("create table kept (name varchar(10))");
      s.execute("insert into kept values ('ann')");
      s.execute("shutdown");
    }
    assertThat(H2Template.createFrom(template.toUri().toURL(), file)).as("the file exists").isFalse();
    try (var files = Files.list(data)) {
      assertThat(files).containsExactly(file);
    }

    String url = "jdbc:h2:file:" + data.resolve("waxalert") + ";" + SERVICE_OPTIONS;
    try (ApplicationContext context = ApplicationContext.run(Map.of("datasources.default.url", url,
        "datasources.default.driver-class-name", "org.h2.Driver", "datasources.default.username", "sa",
        "datasources.default.password", "", "datasources.default.dialect", "POSTGRES",
        "flyway.datasources.default.enabled", true), "test")) {
      DataSource pool = context.getBean(DataSourceResolver.class).resolve(context.getBean(DataSource.class));
      assertThat(SchemaMigrations.isCurrent(pool)).isTrue();
      assertThat(context.findBean(Flyway.class)).as("Flyway not run").isEmpty();
      try (Connection c = pool.getConnection();
          ResultSet kept = c.createStatement().executeQuery("select name from kept")) {
        assertThat(kept.next() && kept.getString(1).equals("ann")).as("the existing file kept").isTrue();
      }
    }
  }

  @Test
  void onlyANewFileWithTheTemplatesStoredSettingsAndAccountIsCopied() throws Exception {
    String base = "jdbc:h2:file:" + folder.resolve("w");
    assertThat(H2Template.newFile(base + ";" + SERVICE_OPTIONS, "sa", "")).isPresent();
    assertThat(H2Template.newFile(base + ";default_null_ordering=high;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE",
        "SA", null)).as("order and case of the settings").isPresent();

    assertThat(H2Template.newFile(base + ";" + SERVICE_OPTIONS + ";IGNORECASE=TRUE", "sa", ""))
        .as("a setting that changes what is stored").isEmpty();
    assertThat(H2Template.newFile(base + ";" + SERVICE_OPTIONS + ";CIPHER=AES", "sa", "")).isEmpty();
    assertThat(H2Template.newFile(base + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "")).isEmpty();
    assertThat(H2Template.newFile(base + ";" + SERVICE_OPTIONS, "admin", "")).as("another account").isEmpty();
    assertThat(H2Template.newFile(base + ";" + SERVICE_OPTIONS, "sa", "secret")).isEmpty();
    assertThat(H2Template.newFile("jdbc:h2:mem:w;" + SERVICE_OPTIONS, "sa", "")).as("in memory").isEmpty();
    assertThat(H2Template.newFile("jdbc:postgresql://localhost/w", "sa", "")).isEmpty();
    assertThat(H2Template.newFile("jdbc:h2:file:~/w;" + SERVICE_OPTIONS, "sa", "")).isEmpty();
    assertThat(H2Template.newFile("jdbc:h2:file:nioMapped:/tmp/w;" + SERVICE_OPTIONS, "sa", "")).isEmpty();

    Files.createFile(folder.resolve("w.mv.db"));
    assertThat(H2Template.newFile(base + ";" + SERVICE_OPTIONS, "sa", "")).as("the file exists").isEmpty();
    assertThat(H2Template.createFrom(null, folder.resolve("x.mv.db"))).as("a build without template").isFalse();
  }

  private static List<String> schema(String url) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
      for (String query : List.of(
          "select table_name, column_name, data_type, character_maximum_length, is_nullable, column_default"
              + " from information_schema.columns where table_schema = 'public' order by 1, 2",
          "select i.table_name, i.index_name, i.index_type_name, c.column_name, c.ordinal_position"
              + " from information_schema.indexes i join information_schema.index_columns c"
              + " on c.index_schema = i.index_schema and c.index_name = i.index_name"
              + " where i.table_schema = 'public' order by 1, 2, 5",
          "select table_name, constraint_name, constraint_type from information_schema.table_constraints"
              + " where table_schema = 'public' order by 1, 2",
          "select installed_rank, version, description, type, script, checksum, success"
              + " from flyway_schema_history order by installed_rank")) {
        try (ResultSet r = s.executeQuery(query)) {
          int columns = r.getMetaData().getColumnCount();
          while (r.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(r.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
      }
    }
    return rows;
  }

  private static List<String> tables(Connection c) throws SQLException {
    List<String> tables = new ArrayList<>();
    try (ResultSet r = c.createStatement().executeQuery(
        "select table_name from information_schema.tables where table_schema = 'public'")) {
      while (r.next()) {
        tables.add(r.getString(1));
      }
    }
    return tables;
  }
}
