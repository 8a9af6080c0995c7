package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * {@code waxalert.sign-in.*}.
 *
 * @param maxPerMinute refused token sign-ins and "Sign in with Discogs" starts per client address and
 *     minute (each costs a Discogs request)
 */
@Context
@ConfigurationProperties("waxalert.sign-in")
public record SignInProperties(
    @Min(value = 1, message = "waxalert.sign-in.max-per-minute must be at least {value}") int maxPerMinute) {}
