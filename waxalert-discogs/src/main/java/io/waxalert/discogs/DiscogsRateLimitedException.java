package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.time.Duration;

/** 429 that persisted through the bounded retries; Discogs' window is a moving 60 seconds. */
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
   * How long to wait before trying again; Discogs sends no Retry-After, so this is one window.
   *
   * @return the wait
   */
  public Duration suggestedWait() {
    return suggestedWait;
  }
}
