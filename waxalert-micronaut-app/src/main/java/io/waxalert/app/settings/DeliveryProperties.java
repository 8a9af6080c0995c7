package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;

/**
 * {@code waxalert.delivery.*}: the relay that sends recorded alerts on every channel.
 *
 * @param enabled run the scheduled relay on this instance (check-all relays its caller's alerts anyway)
 * @param interval how often the relay looks for due deliveries
 * @param initialDelay the first relay's delay after start-up
 * @param retryBackoff wait after a failed attempt, doubled per further attempt
 * @param maxBackoff the longest wait between two attempts
 * @param giveUpAfter a delivery still failing this long after its alert was found is recorded
 *     undeliverable
 * @param lease how long a claimed delivery is kept from other instances while it is being sent
 * @param maxParallelism recipients sent to at the same time
 */
@Context
@ConfigurationProperties("waxalert.delivery")
public record DeliveryProperties(
    @Bindable(defaultValue = "true") boolean enabled,
    @NotNull(message = "waxalert.delivery.interval must be set")
    @PositiveDuration(property = "waxalert.delivery.interval")
    @Bindable(defaultValue = "10s") Duration interval,
    @NotNull(message = "waxalert.delivery.initial-delay must be set")
    @PositiveDuration(property = "waxalert.delivery.initial-delay", orZero = true,
        message = PositiveDuration.OR_ZERO)
    @Bindable(defaultValue = "10s") Duration initialDelay,
    @NotNull(message = "waxalert.delivery.retry-backoff must be set")
    @PositiveDuration(property = "waxalert.delivery.retry-backoff")
    @Bindable(defaultValue = "1m") Duration retryBackoff,
    @NotNull(message = "waxalert.delivery.max-backoff must be set")
    @PositiveDuration(property = "waxalert.delivery.max-backoff")
    @Bindable(defaultValue = "6h") Duration maxBackoff,
    @NotNull(message = "waxalert.delivery.give-up-after must be set")
    @PositiveDuration(property = "waxalert.delivery.give-up-after")
    @Bindable(defaultValue = "3d") Duration giveUpAfter,
    @NotNull(message = "waxalert.delivery.lease must be set")
    @PositiveDuration(property = "waxalert.delivery.lease")
    @Bindable(defaultValue = "5m") Duration lease,
    @Min(value = 1, message = "waxalert.delivery.max-parallelism must be at least {value}")
    @Bindable(defaultValue = "1") int maxParallelism) {

  public DeliveryProperties {
    if (retryBackoff != null && maxBackoff != null && maxBackoff.compareTo(retryBackoff) < 0) {
      throw new IllegalArgumentException(
          "waxalert.delivery.max-backoff must not be shorter than waxalert.delivery.retry-backoff");
    }
  }
}
