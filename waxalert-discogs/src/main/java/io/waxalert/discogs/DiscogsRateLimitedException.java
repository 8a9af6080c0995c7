package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import io.waxalert.discogs.internal.Wording;
import java.time.Duration;

/**
 * 429 that persisted through the bounded retries, or one whose {@code Retry-After} is longer than a
 * call waits; the client holds every request back for {@link #suggestedWait()} meanwhile. Discogs'
 * window is a moving 60 seconds.
 */
public class DiscogsRateLimitedException extends DiscogsException {

  /** How long to wait before trying again. */
  private final Duration suggestedWait;

  /**
   * Creates the exception.
   *
   * @param discogsMessage Discogs' {@code message}, null when there was none
   * @param message what was refused
   * @param suggestedWait how long to wait before trying again
   */
  public DiscogsRateLimitedException(@Nullable String discogsMessage, String message, Duration suggestedWait) {
    super(429, discogsMessage, message);
    this.suggestedWait = suggestedWait;
  }

  /**
   * How long to wait before trying again: the answer's {@code Retry-After} (capped at
   * {@link DiscogsClientConfig#maxRetryAfter()}), else {@link DiscogsClientConfig#rateLimitedBackoff()}.
   *
   * @return the wait
   */
  public Duration suggestedWait() {
    return suggestedWait;
  }

  @Override
  public String collectorMessage() {
    return "Discogs asked WaxAlert to slow down (too many requests); WaxAlert waits " + Wording.wait(suggestedWait)
        + ", then tries again at the next check";
  }
}
