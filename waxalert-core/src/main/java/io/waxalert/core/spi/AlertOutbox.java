package io.waxalert.core.spi;

import io.waxalert.core.Nullable;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Delivery;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * The deliveries still to make: one per alert and channel, created pending with the alert by
 * {@link NotificationLog#recordIfNew(Alert, java.util.Set)}. A sender claims a delivery with a
 * lease before sending; the claim is atomic, so of several senders (threads or instances) one wins,
 * and a crashed sender's lease simply expires. Implementations are thread-safe and pass
 * {@code AbstractAlertOutboxContractTest}. Every change applies only while the delivery is pending.
 */
public interface AlertOutbox {

  /**
   * A pending delivery whose time has come.
   *
   * @param alert what to send
   * @param channel where to send it
   * @param attempts attempts made before this one
   * @param queuedAt when the delivery was created: its age decides when the relay gives up
   * @param lastError why the previous attempt failed; null before the first
   */
  record Due(Alert alert, String channel, int attempts, Instant queuedAt, @Nullable String lastError) {
    /**
     * Validates the delivery.
     *
     * @param alert what to send
     * @param channel where to send it
     * @param attempts attempts made before this one
     * @param queuedAt when the delivery was created: its age decides when the relay gives up
     * @param lastError why the previous attempt failed; null before the first
     * @throws NullPointerException if a component not marked nullable is null
     */
    public Due {
      Objects.requireNonNull(alert, "alert");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(queuedAt, "queuedAt");
    }
  }

  /**
   * Pending deliveries due at {@code now} (never tried, retry time come, or lease expired), oldest
   * first.
   *
   * @param now the current time
   * @param limit the most deliveries to return
   * @return the due deliveries, at most {@code limit}
   */
  List<Due> due(Instant now, int limit);

  /**
   * The same, of one owner's alerts only.
   *
   * @param ownerId the collector whose alerts to send
   * @param now the current time
   * @param limit the most deliveries to return
   * @return the owner's due deliveries, oldest first, at most {@code limit}
   */
  List<Due> dueFor(String ownerId, Instant now, int limit);

  /**
   * Claims a due delivery for one attempt until {@code leaseUntil}, counting the attempt.
   *
   * @param alertId the alert
   * @param channel the channel's name
   * @param now the current time: the delivery must be due at it
   * @param leaseUntil when the claim lapses and the delivery is due again, should the sender crash
   * @return true when this caller may send it now
   */
  boolean claim(UUID alertId, String channel, Instant now, Instant leaseUntil);

  /**
   * Claims these due deliveries of one channel as {@link #claim} does each, in one go where the
   * store can (the relay claims a recipient's deliveries together).
   *
   * @param alertIds the alerts
   * @param channel the channel's name
   * @param now the current time: each delivery must be due at it
   * @param leaseUntil when the claims lapse
   * @return the alerts this caller may send now
   */
  default Set<UUID> claimAll(Collection<UUID> alertIds, String channel, Instant now, Instant leaseUntil) {
    Set<UUID> claimed = new LinkedHashSet<>();
    for (UUID id : alertIds) {
      if (claim(id, channel, now, leaseUntil)) {
        claimed.add(id);
      }
    }
    return claimed;
  }

  /**
   * The channel accepted the alert: it is never sent there again.
   *
   * @param alertId the alert
   * @param channel the channel's name
   * @param sentAt when the channel accepted it
   */
  void markSent(UUID alertId, String channel, Instant sentAt);

  /**
   * {@link #markSent} for several alerts accepted together (one digest), in one go where the store can.
   *
   * @param alertIds the alerts
   * @param channel the channel's name
   * @param sentAt when the channel accepted them
   */
  default void markSentAll(Collection<UUID> alertIds, String channel, Instant sentAt) {
    alertIds.forEach(id -> markSent(id, channel, sentAt));
  }

  /**
   * The attempt failed: due again at {@code nextAttempt}, with {@code error} kept.
   *
   * @param alertId the alert
   * @param channel the channel's name
   * @param nextAttempt when to retry
   * @param error why it failed, without secrets
   */
  void markFailed(UUID alertId, String channel, Instant nextAttempt, String error);

  /**
   * Given up for {@code reason}: recorded undeliverable, never sent.
   *
   * @param alertId the alert
   * @param channel the channel's name
   * @param reason why, without secrets, for the collector's alert history
   */
  void giveUp(UUID alertId, String channel, String reason);

  /**
   * Nothing to send to ({@code reason}, e.g. no address on the channel): recorded skipped.
   *
   * @param alertId the alert
   * @param channel the channel's name
   * @param reason why there is nothing to send to
   */
  void skip(UUID alertId, String channel, String reason);

  /**
   * {@link #skip} for several alerts of one channel, for one reason, in one go where the store can
   * (e.g. every alert of a recipient without a webhook).
   *
   * @param alertIds the alerts
   * @param channel the channel's name
   * @param reason why there is nothing to send to
   */
  default void skipAll(Collection<UUID> alertIds, String channel, String reason) {
    alertIds.forEach(id -> skip(id, channel, reason));
  }

  /**
   * Pending deliveries, due or not: the backlog.
   *
   * @return the number of pending deliveries
   */
  long backlog();

  /**
   * Every delivery of these alerts, per alert; alerts without any are left out.
   *
   * @param alertIds the alerts asked about
   * @return the deliveries by alert id
   */
  Map<UUID, List<Delivery>> deliveries(Collection<UUID> alertIds);
}
