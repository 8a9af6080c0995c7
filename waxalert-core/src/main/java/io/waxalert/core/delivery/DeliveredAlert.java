package io.waxalert.core.delivery;

import io.waxalert.core.Nullable;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Delivery;
import io.waxalert.core.model.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An alert with what happened to it on each channel, as the alert history shows it.
 *
 * @param alert the alert
 * @param total item plus shipping ({@link Alert#total}), null when shipping is unknown
 * @param deliveries one per channel it was recorded for, by channel name
 */
public record DeliveredAlert(Alert alert, @Nullable Money total, List<Delivery> deliveries) {

  /**
   * Copies the deliveries.
   *
   * @param alert the alert
   * @param total item plus shipping ({@link Alert#total}), null when shipping is unknown
   * @param deliveries one per channel it was recorded for, by channel name
   * @throws NullPointerException if {@code alert} or {@code deliveries} is null
   */
  public DeliveredAlert {
    Objects.requireNonNull(alert, "alert");
    deliveries = List.copyOf(deliveries);
  }

  /**
   * The delivery on {@code channel}, if the alert was recorded for it.
   *
   * @param channel the channel's name, e.g. {@code mail}
   * @return the delivery, or empty
   */
  public Optional<Delivery> on(String channel) {
    return deliveries.stream().filter(d -> d.channel().equals(channel)).findFirst();
  }

  /**
   * When {@code channel} accepted the alert; null when it has not (yet).
   *
   * @param channel the channel's name, e.g. {@code mail}
   * @return when it was sent, or null
   */
  public @Nullable Instant sentAt(String channel) {
    return on(channel).map(Delivery::sentAt).orElse(null);
  }
}
