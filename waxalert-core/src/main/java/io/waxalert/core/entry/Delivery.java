package io.waxalert.core.entry;

import io.waxalert.core.Nullable;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * What happened to one alert on one channel: one per (alert, channel), created pending when the
 * alert is recorded.
 *
 * @param alertId the alert
 * @param channel the channel's name, e.g. {@code mail}
 * @param state where it stands
 * @param attempts sending attempts so far
 * @param nextAttemptAt no attempt before this instant (a retry's time, or a sender's lease); null
 *     when due now
 * @param sentAt when the channel accepted it; null unless {@link DeliveryState#SENT}
 * @param lastError why the last attempt failed, or why it was given up or skipped; never a secret
 * @param queuedAt when it was created
 */
public record Delivery(
    UUID alertId,
    String channel,
    DeliveryState state,
    int attempts,
    @Nullable Instant nextAttemptAt,
    @Nullable Instant sentAt,
    @Nullable String lastError,
    Instant queuedAt) {

  /**
   * Validates the delivery.
   *
   * @param alertId the alert
   * @param channel the channel's name, e.g. {@code mail}
   * @param state where it stands
   * @param attempts sending attempts so far
   * @param nextAttemptAt no attempt before this instant (a retry's time, or a sender's lease); null
   *     when due now
   * @param sentAt when the channel accepted it; null unless {@link DeliveryState#SENT}
   * @param lastError why the last attempt failed, or why it was given up or skipped; never a secret
   * @param queuedAt when it was created
   * @throws NullPointerException if a component not marked nullable is null
   * @throws IllegalArgumentException if {@code attempts} is negative
   */
  public Delivery {
    Objects.requireNonNull(alertId, "alertId");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(queuedAt, "queuedAt");
    if (attempts < 0) {
      throw new IllegalArgumentException("attempts must not be negative");
    }
  }

  /**
   * Whether the channel accepted the alert.
   *
   * @return true in {@link DeliveryState#SENT}
   */
  public boolean isSent() {
    return state == DeliveryState.SENT;
  }
}
