package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.time.Instant;
import java.util.OptionalInt;

/**
 * A snapshot of one client's traffic, for metrics.
 *
 * @param requests real HTTP attempts made, retries included
 * @param rateLimitedResponses 429 answers seen
 * @param lastRemaining the last {@code X-Discogs-Ratelimit-Remaining}, empty before the first one
 * @param holdUntil the client sends nothing before this instant; null when not holding back
 */
public record RateLimitStats(
    long requests, long rateLimitedResponses, OptionalInt lastRemaining, @Nullable Instant holdUntil) {}
