package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/**
 * {@code waxalert.monitor.*}: the scheduled check.
 *
 * @param enabled run the scheduled check
 * @param interval how often every active entry is checked; {@code 0s} checks every entry each tick
 * @param marketMaxAge market data younger than this is reused instead of fetched again; {@code 0s}
 *     always fetches
 * @param listingSource {@code stats}, {@code sell-page} or {@code auto}
 * @param tick how often the scheduler wakes; each tick checks its share of the entries
 * @param initialDelay the first tick's delay after start-up
 * @param lease how long the instance running a check keeps the others off; a crashed holder's
 *     lease expires after it
 */
@Context
@ConfigurationProperties("waxalert.monitor")
public record MonitorProperties(
    boolean enabled,
    @PositiveDuration(property = "waxalert.monitor.interval", orZero = true,
        message = PositiveDuration.OR_ZERO)
    Duration interval,
    @PositiveDuration(property = "waxalert.monitor.market-max-age", orZero = true,
        message = PositiveDuration.OR_ZERO)
    Duration marketMaxAge,
    @Pattern(regexp = "stats|sell-page|auto",
        message = "waxalert.monitor.listing-source must be 'stats', 'sell-page' or 'auto'")
    String listingSource,
    @PositiveDuration(property = "waxalert.monitor.tick") Duration tick,
    @PositiveDuration(property = "waxalert.monitor.initial-delay", orZero = true,
        message = PositiveDuration.OR_ZERO)
    Duration initialDelay,
    @PositiveDuration(property = "waxalert.monitor.lease") Duration lease) {}
