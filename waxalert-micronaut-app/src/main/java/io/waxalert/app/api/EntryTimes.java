package io.waxalert.app.api;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Creation and change times of entries, which the persistence module stores but does not expose yet:
 * read straight from {@code wanted_list_entries} until its API offers them.
 */
@Singleton
class EntryTimes {

  record Times(Instant createdAt, Instant updatedAt) {}

  private final DataSource dataSource;

  EntryTimes(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  Optional<Times> of(UUID entryId) {
    return Optional.ofNullable(query("select id, created_at, updated_at from wanted_list_entries where id = ?",
        entryId).get(entryId));
  }

  Map<UUID, Times> ofOwner(String username) {
    return query("select e.id, e.created_at, e.updated_at from wanted_list_entries e"
        + " join users u on u.id = e.user_id where u.discogs_username = ?", username);
  }

  private Map<UUID, Times> query(String sql, Object parameter) {
    Map<UUID, Times> times = new HashMap<>();
    try (Connection connection = dataSource.getConnection();
         PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setObject(1, parameter);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          times.put(rows.getObject(1, UUID.class),
              new Times(rows.getObject(2, OffsetDateTime.class).toInstant(),
                  rows.getObject(3, OffsetDateTime.class).toInstant()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read entry times", e);
    }
    return times;
  }
}
