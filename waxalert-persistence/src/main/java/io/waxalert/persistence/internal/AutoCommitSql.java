package io.waxalert.persistence.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
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
}
