package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.core.bind.annotation.Bindable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/**
 * {@code waxalert.monitor.*}: the scheduled check.
 *
 * @param enabled run the scheduled check
 * @param interval how often every active entry is checked; {@code 0s} checks every entry each tick
 * @param marketMaxAge market data younger than this is reused instead of fetched again; {@code 0s}
 *     always fetches
 * @param listingSource {@code stats} or {@code sell-page}
 * @param tick how often the scheduler wakes; each tick checks its share of the entries
 * @param initialDelay the first tick's delay after start-up
 * @param lease how long the instance running a check keeps the others off; a crashed holder's
 *     lease expires after it
 */
@Context
@ConfigurationProperties("waxalert.monitor")
public record MonitorProperties(
    @Bindable(defaultValue = "true") boolean enabled,
    @NotNull(message = "waxalert.monitor.interval must be set")
    @PositiveDuration(property = "waxalert.monitor.interval", orZero = true,
        message = PositiveDuration.OR_ZERO)
    @Bindable(defaultValue = "1h") Duration interval,
    @NotNull(message = "waxalert.monitor.market-max-age must be set")
    @PositiveDuration(property = "waxalert.monitor.market-max-age", orZero = true,
        message = PositiveDuration.OR_ZERO)
    @Bindable(defaultValue = "5m") Duration marketMaxAge,
    @NotNull(message = "waxalert.monitor.listing-source must be set")
    @Pattern(regexp = "stats|sell-page",
        message = "waxalert.monitor.listing-source must be 'stats' or 'sell-page'")
    @Bindable(defaultValue = "stats") String listingSource,
    @NotNull(message = "waxalert.monitor.tick must be set")
    @PositiveDuration(property = "waxalert.monitor.tick")
    @Bindable(defaultValue = "1m") Duration tick,
    @NotNull(message = "waxalert.monitor.initial-delay must be set")
    @PositiveDuration(property = "waxalert.monitor.initial-delay", orZero = true,
        message = PositiveDuration.OR_ZERO)
    @Bindable(defaultValue = "30s") Duration initialDelay,
    @NotNull(message = "waxalert.monitor.lease must be set")
    @PositiveDuration(property = "waxalert.monitor.lease")
    @Bindable(defaultValue = "10m") Duration lease) {}
