package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import jakarta.validation.constraints.Min;

/**
 * {@code waxalert.sign-in.*}.
 *
 * @param maxPerMinute sign-in attempts that ask Discogs (a token to check, a "Sign in with Discogs"
 *     start) per client address and minute, also the most in one burst; a good token gives its
 *     attempt back
 */
@Context
@ConfigurationProperties("waxalert.sign-in")
public record SignInProperties(
    @Min(value = 1, message = "waxalert.sign-in.max-per-minute must be at least {value}") int maxPerMinute) {}
