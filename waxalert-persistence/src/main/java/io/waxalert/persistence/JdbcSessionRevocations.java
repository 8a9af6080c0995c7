package io.waxalert.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.waxalert.persistence.internal.AutoCommitSql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Signed-out sessions (migration V4), shared by every instance on the database: a revoked session id
 * is refused until its token's own expiry, after which {@link #purgeExpired} forgets it. Plain SQL,
 * valid on H2 (PostgreSQL mode) and PostgreSQL; each call is its own short transaction.
 */
@Singleton
public class JdbcSessionRevocations {

  private static final int MAX_SESSION_ID_LENGTH = 64;

  private final DataSource dataSource;

  JdbcSessionRevocations(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * Refuses session {@code sessionId} from now on; revoking it twice is harmless.
   *
   * @param sessionId the session's id, 1 to 64 characters
   * @param expiresAt when the session's token expires anyway: the revocation is kept until then
   * @throws IllegalArgumentException if the session id is blank or longer than 64 characters
   * @throws IllegalStateException when the database refuses the insert
   */
  public void revoke(String sessionId, Instant expiresAt) {
    requireValidId(sessionId);
    Objects.requireNonNull(expiresAt, "expiresAt");
    execute("insert into revoked_sessions (session_id, expires_at) values (?, ?) on conflict do nothing",
        sessionId, ts(expiresAt));
  }

  /**
   * Whether the session was signed out (and its revocation not yet purged).
   *
   * @param sessionId the session's id, 1 to 64 characters
   * @return true when the session is refused
   * @throws IllegalArgumentException if the session id is blank or longer than 64 characters
   * @throws IllegalStateException when the database cannot be read
   */
  public boolean isRevoked(String sessionId) {
    requireValidId(sessionId);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "select 1 from revoked_sessions where session_id = ?")) {
      s.setString(1, sessionId);
      try (ResultSet rows = s.executeQuery()) {
        return rows.next();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("revoked sessions: " + e.getMessage(), e);
    }
  }

  /**
   * Forgets revocations whose tokens have expired by {@code now}; answers how many.
   *
   * @param now the current time
   * @return the number of revocations forgotten
   * @throws IllegalStateException when the database refuses the delete
   */
  public int purgeExpired(Instant now) {
    return execute("delete from revoked_sessions where expires_at <= ?", ts(now));
  }

  private int execute(String sql, Object... args) {
    return AutoCommitSql.update(dataSource, "revoked sessions", sql, args);
  }

  private static void requireValidId(String sessionId) {
    if (sessionId == null || sessionId.isBlank() || sessionId.length() > MAX_SESSION_ID_LENGTH) {
      throw new IllegalArgumentException(
          "a session id is 1 to " + MAX_SESSION_ID_LENGTH + " characters");
    }
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
  }
}
