package io.waxalert.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.waxalert.persistence.internal.AutoCommitSql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;

/**
 * Named leases on the {@code job_lease} table (migration V2): of several instances on one database,
 * one at a time holds a lease, e.g. for the scheduled check, so no release is checked twice in a run.
 * A holder that crashed loses its lease when {@code locked_until} passes. Plain SQL, valid on H2
 * (PostgreSQL mode) and PostgreSQL; each call is its own short transaction. Thread-safe.
 */
@Singleton
public class JdbcJobLease {

  private final DataSource dataSource;

  JdbcJobLease(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * Takes the lease {@code name} until {@code until} when it is free (or expired) at {@code now}.
   *
   * @param name the lease, e.g. the scheduled job's name; its row is created on first use
   * @param owner who takes it, e.g. this instance's id
   * @param now the current time
   * @param until when the lease lapses unless released before
   * @return true when this caller holds the lease now
   * @throws IllegalStateException when the database refuses the update
   */
  public boolean tryAcquire(String name, String owner, Instant now, Instant until) {
    ensureRow(name);
    return update("update job_lease set locked_until = ?, locked_by = ? where name = ? and locked_until <= ?",
        ts(until), owner, name, ts(now)) == 1;
  }

  /**
   * Gives the lease back, if {@code owner} still holds it.
   *
   * @param name the lease
   * @param owner who took it; another owner's lease is left alone
   * @param now the current time: the lease is free from then on
   * @throws IllegalStateException when the database refuses the update
   */
  public void release(String name, String owner, Instant now) {
    update("update job_lease set locked_until = ?, locked_by = null where name = ? and locked_by = ?",
        ts(now), name, owner);
  }

  private void ensureRow(String name) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "insert into job_lease (name, locked_until, locked_by) values (?, ?, null) on conflict do nothing")) {
      c.setAutoCommit(true);
      s.setString(1, name);
      s.setTimestamp(2, Timestamp.from(Instant.EPOCH));
      s.executeUpdate();
    } catch (SQLException e) {
      // another instance inserted it meanwhile, or the row is there: the update decides
    }
  }

  private int update(String sql, Object... args) {
    return AutoCommitSql.update(dataSource, "job lease", sql, args);
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
  }
}
