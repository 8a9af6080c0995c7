package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.time.Duration;

/** 429 that persisted through the bounded retries; Discogs' window is a moving 60 seconds. */
public class DiscogsRateLimitedException extends DiscogsException {

  private final Duration suggestedWait;

  public DiscogsRateLimitedException(@Nullable String discogsMessage, String message, Duration suggestedWait) {
    super(429, discogsMessage, message);
    this.suggestedWait = suggestedWait;
  }

  /** How long to wait before trying again; Discogs sends no Retry-After, so this is one window. */
  public Duration suggestedWait() {
    return suggestedWait;
  }
}
