package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;
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
    boolean enabled,
    @PositiveDuration(property = "waxalert.delivery.interval") Duration interval,
    @PositiveDuration(property = "waxalert.delivery.initial-delay", orZero = true,
        message = PositiveDuration.OR_ZERO)
    Duration initialDelay,
    @PositiveDuration(property = "waxalert.delivery.retry-backoff") Duration retryBackoff,
    @PositiveDuration(property = "waxalert.delivery.max-backoff") Duration maxBackoff,
    @PositiveDuration(property = "waxalert.delivery.give-up-after") Duration giveUpAfter,
    @PositiveDuration(property = "waxalert.delivery.lease") Duration lease,
    @Min(value = 1, message = "waxalert.delivery.max-parallelism must be at least {value}")
    int maxParallelism) {

  public DeliveryProperties {
    if (retryBackoff != null && maxBackoff != null && maxBackoff.compareTo(retryBackoff) < 0) {
      throw new IllegalArgumentException(
          "waxalert.delivery.max-backoff must not be shorter than waxalert.delivery.retry-backoff");
    }
  }
}
