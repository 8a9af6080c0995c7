package io.waxalert.discogs;

import java.time.Instant;
import java.util.Objects;

/**
 * Why a release's sell page could not be read lately, and when it will be tried again.
 *
 * @param releaseId the release
 * @param reason what went wrong the last time
 * @param message the last failure in a collector's words
 * @param consecutiveFailures failures in a row since the last success
 * @param failedAt when the last attempt failed
 * @param retryAfter before this, the page is not fetched for this release
 */
public record SellPageFailure(
    long releaseId, SellPageException.Reason reason, String message, int consecutiveFailures, Instant failedAt,
    Instant retryAfter) {

  /**
   * Validates the failure.
   *
   * @param releaseId the release
   * @param reason what went wrong the last time
   * @param message the last failure in a collector's words
   * @param consecutiveFailures failures in a row since the last success
   * @param failedAt when the last attempt failed
   * @param retryAfter before this, the page is not fetched for this release
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code consecutiveFailures} is less than 1
   */
  public SellPageFailure {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(failedAt, "failedAt");
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (consecutiveFailures < 1) {
      throw new IllegalArgumentException("a failure counts at least once");
    }
  }

  /**
   * True while the page is not to be fetched.
   *
   * @param now the current time
   * @return true before {@code retryAfter}
   */
  public boolean isBackingOff(Instant now) {
    return now.isBefore(retryAfter);
  }
}
