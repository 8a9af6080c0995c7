package io.waxalert.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.waxalert.persistence.internal.AutoCommitSql;
import io.waxalert.persistence.internal.Columns;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The keyed fingerprint of the token each user last signed in with (migration V7), so that token is
 * recognised without asking Discogs. The fingerprint is computed by the caller (an HMAC under a key
 * the database does not hold); the token itself is never stored here.
 */
@Singleton
public class JdbcSignInFingerprints {

  private final DataSource dataSource;

  JdbcSignInFingerprints(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * Makes {@code fingerprint} the user's one recognised token.
   *
   * @param userId the user who signed in
   * @param fingerprint the token's keyed fingerprint, 64 lower-case hex digits; another user's same
   *     fingerprint is dropped
   * @param at when the user signed in
   * @throws IllegalArgumentException if the fingerprint is not 64 lower-case hex digits
   * @throws IllegalStateException when the database refuses the change
   */
  public void remember(UUID userId, String fingerprint, Instant at) {
    requireFingerprint(fingerprint);
    AutoCommitSql.update(dataSource, "sign-in fingerprints",
        "delete from sign_in_fingerprints where user_id = ? or fingerprint = ?", userId, fingerprint);
    try {
      AutoCommitSql.update(dataSource, "sign-in fingerprints",
          "insert into sign_in_fingerprints (user_id, fingerprint, created_at) values (?, ?, ?)",
          userId, fingerprint, Timestamp.from(at.truncatedTo(ChronoUnit.MICROS)));
    } catch (IllegalStateException e) {
      if (!Columns.isUniqueViolation(e)) {
        throw e;
      }
      // a concurrent sign-in of the same user stored it first
    }
  }

  /**
   * The user whose recognised token has this fingerprint.
   *
   * @param fingerprint the token's keyed fingerprint, 64 lower-case hex digits
   * @return the user's id, or empty when no user signed in last with that token
   * @throws IllegalArgumentException if the fingerprint is not 64 lower-case hex digits
   */
  public Optional<UUID> userOf(String fingerprint) {
    requireFingerprint(fingerprint);
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("select user_id from sign_in_fingerprints where fingerprint = ?")) {
      s.setString(1, fingerprint);
      try (ResultSet row = s.executeQuery()) {
        return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("sign-in fingerprints: " + e.getMessage(), e);
    }
  }

  /**
   * Stops recognising the token (Discogs refused it).
   *
   * @param fingerprint the token's keyed fingerprint, 64 lower-case hex digits
   * @throws IllegalArgumentException if the fingerprint is not 64 lower-case hex digits
   */
  public void forget(String fingerprint) {
    requireFingerprint(fingerprint);
    AutoCommitSql.update(dataSource, "sign-in fingerprints",
        "delete from sign_in_fingerprints where fingerprint = ?", fingerprint);
  }

  private static void requireFingerprint(String fingerprint) {
    if (fingerprint == null || !fingerprint.matches("[0-9a-f]{64}")) {
      throw new IllegalArgumentException("a fingerprint is 64 lower-case hex digits");
    }
  }
}
