package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;

/**
 * {@code waxalert.monitor.*}: the scheduled check and the Discogs budget it spends.
 *
 * @param enabled run the scheduled check (the background pass); check-all and lookups run either way
 * @param interval how often every active entry is checked; {@code 0s} checks every entry each tick
 * @param marketMaxAge market data younger than this is reused instead of fetched again; {@code 0s}
 *     always fetches
 * @param listingSource {@code stats}, {@code sell-page} or {@code auto}
 * @param tick how often the budget planner hands out the next window of release fetches (the requests
 *     one tick affords)
 * @param initialDelay the first tick's delay after start-up
 * @param lease how soon the release fetches of an instance that stopped are taken over by the others
 *     (db-scheduler's heartbeats: every quarter of it, dead after four missed)
 * @param maxStaleness no active entry goes longer than this without a check, however short the budget
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
    @PositiveDuration(property = "waxalert.monitor.lease") Duration lease,
    @PositiveDuration(property = "waxalert.monitor.max-staleness") Duration maxStaleness) {}
