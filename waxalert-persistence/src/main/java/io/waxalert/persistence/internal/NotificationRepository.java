package io.waxalert.persistence.internal;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code alert_notifications}; POSTGRES SQL, which H2 runs in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface NotificationRepository extends CrudRepository<NotificationEntity, UUID> {

  List<NotificationEntity> findByWantedListEntryIdOrderByCreatedAtDesc(UUID entryId);

  List<NotificationEntity> findByUserIdOrderByCreatedAtDesc(UUID userId);

  @Query("select * from alert_notifications where delivery_state = 'pending'"
      + " order by created_at asc, id asc limit :max")
  List<NotificationEntity> findPending(int max);

  Optional<NotificationEntity> findFirstByWantedListEntryIdAndListingIdIsNullOrderByCreatedAtDesc(
      UUID entryId);

  boolean existsByWantedListEntryIdAndListingKey(UUID wantedListEntryId, String listingKey);

  @Query("update alert_notifications set delivery_state = 'sent', email_sent_at = :sentAt"
      + " where id = :id and email_sent_at is null")
  int markSent(UUID id, Instant sentAt);

  void deleteByWantedListEntryId(UUID wantedListEntryId);
}
