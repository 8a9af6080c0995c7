package io.waxalert.persistence.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code alert_notifications}; POSTGRES SQL, which H2 runs in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NotificationRepository extends CrudRepository<NotificationEntity, UUID> {

  List<NotificationEntity> findByWantedListEntryIdOrderByCreatedAtDesc(UUID entryId);

  /** The user's alerts, newest first, but those of entries deleted (and not yet purged). */
  @Query("select n.* from alert_notifications n join wanted_list_entries e on e.id = n.wanted_list_entry_id"
      + " where n.user_id = :userId and e.deleted_at is null order by n.created_at desc")
  List<NotificationEntity> findOfLiveEntries(UUID userId);

  List<NotificationEntity> findByIdIn(Collection<UUID> ids);

  Optional<NotificationEntity> findFirstByWantedListEntryIdAndListingIdIsNullOrderByCreatedAtDesc(
      UUID entryId);

  boolean existsByWantedListEntryIdAndListingKey(UUID wantedListEntryId, String listingKey);

  void deleteByWantedListEntryId(UUID wantedListEntryId);
}
