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

  // --- outbox (issue 6) ---

  @Query("select * from alert_notifications where delivery_state = 'pending'"
      + " and (next_attempt_at is null or next_attempt_at <= :now)"
      + " order by created_at asc, id asc limit :max")
  List<NotificationEntity> findDue(Instant now, int max);

  @Query("select * from alert_notifications where delivery_state = 'pending' and user_id = :userId"
      + " and (next_attempt_at is null or next_attempt_at <= :now)"
      + " order by created_at asc, id asc limit :max")
  List<NotificationEntity> findDueForUser(UUID userId, Instant now, int max);

  /** Claims a due row for sending until {@code leaseUntil}: 1 when this caller got it. */
  @Query("update alert_notifications set next_attempt_at = :leaseUntil, attempts = attempts + 1"
      + " where id = :id and delivery_state = 'pending'"
      + " and (next_attempt_at is null or next_attempt_at <= :now)")
  int claim(UUID id, Instant now, Instant leaseUntil);

  @Query("update alert_notifications set next_attempt_at = :nextAttempt, last_error = :error"
      + " where id = :id and delivery_state = 'pending'")
  int markFailed(UUID id, Instant nextAttempt, String error);

  @Query("update alert_notifications set delivery_state = 'undeliverable', last_error = :reason"
      + " where id = :id and delivery_state = 'pending'")
  int markUndeliverable(UUID id, String reason);

  @Query("select attempts from alert_notifications where id = :id")
  Optional<Integer> findAttemptsById(UUID id);

  @Query("select count(*) from alert_notifications where delivery_state = 'pending'")
  long countPending();

  // --- webhook channel (V3) ---

  @Query("update alert_notifications set webhook_state = 'pending' where id = :id"
      + " and exists (select 1 from users u where u.id = alert_notifications.user_id and u.webhook_url is not null)")
  int markWebhookPendingIfWanted(UUID id);

  @Query("select * from alert_notifications where webhook_state = 'pending'"
      + " and (webhook_next_attempt_at is null or webhook_next_attempt_at <= :now)"
      + " order by created_at asc, id asc limit :max")
  List<NotificationEntity> findWebhookDue(Instant now, int max);

  @Query("select * from alert_notifications where webhook_state = 'pending' and user_id = :userId"
      + " and (webhook_next_attempt_at is null or webhook_next_attempt_at <= :now)"
      + " order by created_at asc, id asc limit :max")
  List<NotificationEntity> findWebhookDueForUser(UUID userId, Instant now, int max);

  @Query("update alert_notifications set webhook_next_attempt_at = :leaseUntil, webhook_attempts = webhook_attempts + 1"
      + " where id = :id and webhook_state = 'pending'"
      + " and (webhook_next_attempt_at is null or webhook_next_attempt_at <= :now)")
  int claimWebhook(UUID id, Instant now, Instant leaseUntil);

  @Query("select webhook_attempts from alert_notifications where id = :id")
  Optional<Integer> findWebhookAttemptsById(UUID id);

  @Query("update alert_notifications set webhook_state = 'sent', webhook_sent_at = :sentAt"
      + " where id = :id and webhook_state = 'pending'")
  int markWebhookSent(UUID id, Instant sentAt);

  @Query("update alert_notifications set webhook_next_attempt_at = :nextAttempt, last_error = :error"
      + " where id = :id and webhook_state = 'pending'")
  int markWebhookFailed(UUID id, Instant nextAttempt, String error);

  @Query("update alert_notifications set webhook_state = :state where id = :id and webhook_state = 'pending'")
  int setWebhookState(UUID id, String state);
}
