package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * {@code waxalert.limits.*}: how much of the shared Discogs budget one user's list can claim.
 *
 * @param entriesPerUser entries one user may have; an add beyond it answers 422 naming the limit, an
 *     import stops there
 * @param masterVersions releases one master entry watches at most (reading its versions stops there)
 */
@Context
@ConfigurationProperties("waxalert.limits")
public record LimitsProperties(
    @Min(value = 1, message = "waxalert.limits.entries-per-user must be at least {value}") int entriesPerUser,
    @Min(value = 1, message = "waxalert.limits.master-versions must be at least {value}") int masterVersions) {}
