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
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Pending changes of mail address (migration V7): at most one per user, found by the hash of its
 * link's token and taken once. The hash is computed by the caller; the token itself is never stored.
 * Plain SQL, valid on H2 (PostgreSQL mode) and PostgreSQL; each call is its own short transaction.
 */
@Singleton
public class JdbcEmailConfirmations {

  /**
   * A change waiting for its link: the new address, until when the link works, when it was asked
   * for.
   *
   * @param userId the user changing their address
   * @param email the new address, not yet confirmed
   * @param expiresAt the link works before this instant only
   * @param createdAt when the change was asked for
   */
  public record Pending(UUID userId, String email, Instant expiresAt, Instant createdAt) {
    /**
     * Validates the change.
     *
     * @param userId the user changing their address
     * @param email the new address, not yet confirmed
     * @param expiresAt the link works before this instant only
     * @param createdAt when the change was asked for
     * @throws NullPointerException if a component is null
     */
    public Pending {
      Objects.requireNonNull(userId, "userId");
      Objects.requireNonNull(email, "email");
      Objects.requireNonNull(expiresAt, "expiresAt");
      Objects.requireNonNull(createdAt, "createdAt");
    }

    /**
     * Whether the link no longer works.
     *
     * @param now the current time
     * @return true at or after {@code expiresAt}
     */
    public boolean expiredAt(Instant now) {
      return !expiresAt.isAfter(now);
    }
  }

  private static final String COLUMNS = "user_id, email, expires_at, created_at";

  private final DataSource dataSource;

  JdbcEmailConfirmations(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * Makes {@code pending} the user's one pending change, replacing (and so invalidating) any
   * earlier one.
   *
   * @param pending the new pending change
   * @param tokenHash the hash of the link's token, 64 lower-case hex digits
   * @throws IllegalArgumentException if the hash is not 64 lower-case hex digits
   * @throws IllegalStateException when the database refuses the change
   */
  public void replace(Pending pending, String tokenHash) {
    requireHash(tokenHash);
    remove(pending.userId());
    AutoCommitSql.update(dataSource, "email confirmations",
        "insert into email_confirmations (user_id, email, token_hash, expires_at, created_at) values (?, ?, ?, ?, ?)",
        pending.userId(), pending.email(), tokenHash, ts(pending.expiresAt()), ts(pending.createdAt()));
  }

  /**
   * The user's pending change, expired or not.
   *
   * @param userId the user's id
   * @return the pending change, or empty when there is none
   */
  public Optional<Pending> find(UUID userId) {
    return query("select " + COLUMNS + " from email_confirmations where user_id = ?", userId);
  }

  /**
   * The change a link's token hash stands for, left in place (to show the confirmation page).
   *
   * @param tokenHash the hash of the link's token, 64 lower-case hex digits
   * @return the pending change, expired or not, or empty when no change has this hash
   * @throws IllegalArgumentException if the hash is not 64 lower-case hex digits
   */
  public Optional<Pending> findByToken(String tokenHash) {
    requireHash(tokenHash);
    return query("select " + COLUMNS + " from email_confirmations where token_hash = ?", tokenHash);
  }

  /**
   * Removes and answers the change a link's token hash stands for: a link works once, also when two
   * instances follow it at the same moment (only the one whose delete removed the row gets it).
   *
   * @param tokenHash the hash of the link's token, 64 lower-case hex digits
   * @return the change, expired or not, when this call removed it; empty when unknown or taken
   *     already
   * @throws IllegalArgumentException if the hash is not 64 lower-case hex digits
   */
  public Optional<Pending> take(String tokenHash) {
    Optional<Pending> found = findByToken(tokenHash);
    if (found.isEmpty()) {
      return found;
    }
    int removed = AutoCommitSql.update(dataSource, "email confirmations",
        "delete from email_confirmations where token_hash = ?", tokenHash);
    return removed == 1 ? found : Optional.empty();
  }

  /**
   * Drops the user's pending change, if any.
   *
   * @param userId the user's id
   */
  public void remove(UUID userId) {
    AutoCommitSql.update(dataSource, "email confirmations", "delete from email_confirmations where user_id = ?", userId);
  }

  /**
   * Forgets changes whose links expired by {@code now}; answers how many.
   *
   * @param now the current time
   * @return the number of changes forgotten
   */
  public int purgeExpired(Instant now) {
    return AutoCommitSql.update(dataSource, "email confirmations",
        "delete from email_confirmations where expires_at <= ?", ts(now));
  }

  private Optional<Pending> query(String sql, Object key) {
    try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
      s.setObject(1, key);
      try (ResultSet row = s.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(new Pending(row.getObject(1, UUID.class), row.getString(2),
            row.getTimestamp(3).toInstant(), row.getTimestamp(4).toInstant()));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("email confirmations: " + e.getMessage(), e);
    }
  }

  private static void requireHash(String tokenHash) {
    if (tokenHash == null || !tokenHash.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a token hash is 64 lower-case hex digits");
    }
  }

  private static Timestamp ts(Instant instant) {
    return Timestamp.from(instant.truncatedTo(ChronoUnit.MICROS));
  }
}
