package io.waxalert.persistence.internal;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.event.ApplicationEventPublisher;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.flyway.DataSourceMigrationRunner;
import io.micronaut.jdbc.DataSourceResolver;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Runs Flyway's migrations (as micronaut-flyway does) only when the database's schema history does
 * not already end, successfully, at this build's newest migration: loading and configuring Flyway
 * to find nothing to do took a tenth of every start (issue 15). So an applied migration edited
 * afterwards is not noticed until the next new migration; a new, older, failed or foreign history
 * goes to Flyway, which migrates or says what is wrong.
 */
@Singleton
@Replaces(DataSourceMigrationRunner.class) // not final: the parent carries advice (its asynchronous run)
public class SchemaMigrations extends DataSourceMigrationRunner {

  /** The version of the newest file in {@code db/migration}; raise it with every new migration. */
  public static final String NEWEST = "11";

  private final DataSourceResolver resolver;

  @SuppressWarnings("rawtypes")
  SchemaMigrations(ApplicationContext context, ApplicationEventPublisher events, DataSourceResolver resolver) {
    super(context, events, resolver);
    this.resolver = resolver;
  }

  @Override
  public DataSource onCreated(BeanCreatedEvent<DataSource> event) {
    // the pool itself, as Flyway gets it: the bean may already be Micronaut Data's connection-aware
    // proxy, whose connections are the context's own (and would create this data source again)
    return isCurrent(resolver.resolve(event.getBean())) ? event.getBean() : super.onCreated(event);
  }

  /** Whether every migration in the history succeeded and the last one applied is {@link #NEWEST}. */
  static boolean isCurrent(DataSource database) {
    try (Connection c = database.getConnection(); Statement s = c.createStatement();
        ResultSet history = s.executeQuery("select version, success from flyway_schema_history"
            + " order by installed_rank desc")) {
      boolean newestFirst = history.next() && NEWEST.equals(history.getString(1)) && history.getBoolean(2);
      while (newestFirst && history.next()) {
        newestFirst = history.getBoolean(2);
      }
      return newestFirst;
    } catch (SQLException noHistory) {
      return false; // a new database (or a history Flyway must judge)
    }
  }
}
