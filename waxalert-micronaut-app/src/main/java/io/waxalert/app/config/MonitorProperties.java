package io.waxalert.app.config;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Duration;

/**
 * {@code waxalert.monitor.*}: the scheduled check.
 *
 * @param enabled run the scheduled check
 * @param interval how often every active entry is checked
 * @param marketMaxAge market data younger than this is reused instead of fetched again
 * @param listingSource {@code stats} or {@code sell-page}
 */
@ConfigurationProperties("waxalert.monitor")
public record MonitorProperties(
    @Bindable(defaultValue = "true") boolean enabled,
    @Bindable(defaultValue = "1h") Duration interval,
    @Bindable(defaultValue = "5m") Duration marketMaxAge,
    @Bindable(defaultValue = "stats") String listingSource) {}
