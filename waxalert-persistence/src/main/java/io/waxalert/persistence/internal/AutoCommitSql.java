package io.waxalert.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * One-statement SQL on its own connection, committed at once: for the small shared tables
 * (leases, revoked sessions) whose changes must be visible to every instance right away, outside
 * any surrounding transaction.
 */
public final class AutoCommitSql {

  private AutoCommitSql() {}

  /**
   * Runs {@code sql} with {@code args}; answers the number of rows changed.
   *
   * @throws IllegalStateException naming {@code what} when the database refuses it
   */
  public static int update(DataSource dataSource, String what, String sql, Object... args) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      c.setAutoCommit(true);
      for (int i = 0; i < args.length; i++) {
        s.setObject(i + 1, args[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(what + ": " + e.getMessage(), e);
    }
  }

  /** Runs the query {@code sql} with {@code args} (instants as timestamps with time zone); the mapped rows. */
  public static <T> List<T> query(DataSource dataSource, String what, String sql, Sql.RowMapper<T> mapper,
      Object... args) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      return Sql.query(c, sql, mapper, args);
    } catch (SQLException | IllegalStateException e) {
      throw new IllegalStateException(what + ": " + e.getMessage(), e);
    }
  }

  /** Like {@link #update}, with instants bound as timestamps with time zone. */
  public static int change(DataSource dataSource, String what, String sql, Object... args) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(true);
      return Sql.update(c, sql, args);
    } catch (SQLException | IllegalStateException e) {
      throw new IllegalStateException(what + ": " + e.getMessage(), e);
    }
  }

  /** Runs {@code work} in one transaction on its own connection, committed at the end. */
  public static <T> T inTransaction(DataSource dataSource, String what, Work<T> work) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        T result = work.run(c);
        c.commit();
        return result;
      } catch (RuntimeException | SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(what + ": " + e.getMessage(), e);
    }
  }

  /** Work on one connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }
}
