package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Plain SQL on a connection Micronaut manages (the current transaction's): bound parameters only,
 * instants as {@code timestamp with time zone} truncated to the microsecond, as both databases keep
 * them.
 */
public final class Sql {

  /** Reads one row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private Sql() {}

  public static int update(Connection connection, String sql, Object... args) {
    try (PreparedStatement statement = prepare(connection, sql, args)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql.split(" ", 2)[0] + " failed: " + e.getMessage(), e);
    }
  }

  /**
   * One statement run for each row of arguments, in one JDBC batch (one round trip where the driver
   * can): the update count of each row, in order.
   */
  public static int[] batch(Connection connection, String sql, List<Object[]> rows) {
    if (rows.isEmpty()) {
      return new int[0];
    }
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (Object[] args : rows) {
        bind(statement, args);
        statement.addBatch();
      }
      return statement.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(sql.split(" ", 2)[0] + " batch failed: " + e.getMessage(), e);
    }
  }

  public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... args) {
    try (PreparedStatement statement = prepare(connection, sql, args); ResultSet rows = statement.executeQuery()) {
      List<T> found = new ArrayList<>();
      while (rows.next()) {
        found.add(mapper.map(rows));
      }
      return found;
    } catch (SQLException e) {
      throw new IllegalStateException("query failed: " + e.getMessage(), e);
    }
  }

  public static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static @Nullable Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  /** {@code ?, ?, ?} for {@code count} parameters. */
  public static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  /**
   * True when {@code failure} is a lost race for a row (serialization failure, deadlock, lock
   * timeout, H2's "concurrent update"): the other party got it.
   */
  public static boolean isLockConflict(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null
          && (sql.getSQLState().startsWith("40") || sql.getSQLState().equals("HYT00")
              || sql.getErrorCode() == 90131)) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    try {
      bind(statement, args);
    } catch (SQLException e) {
      statement.close();
      throw e;
    }
    return statement;
  }

  private static void bind(PreparedStatement statement, Object... args) throws SQLException {
    for (int i = 0; i < args.length; i++) {
      Object arg = args[i] instanceof Instant at ? OffsetDateTime.ofInstant(Columns.instant(at), ZoneOffset.UTC)
          : args[i];
      statement.setObject(i + 1, arg);
    }
  }
}
