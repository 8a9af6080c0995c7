package io.waxalert.core.budget;

import java.util.Objects;

/**
 * One release fetch of a plan.
 *
 * @param releaseId the release whose market is fetched
 * @param chargedTo the collector whose share pays for it (the fetch still serves every collector)
 * @param reason why now
 */
public record PlannedFetch(long releaseId, String chargedTo, FetchReason reason) {

  /**
   * Validates the fetch.
   *
   * @param releaseId the release whose market is fetched
   * @param chargedTo the collector whose share pays for it (the fetch still serves every collector)
   * @param reason why now
   * @throws NullPointerException if {@code chargedTo} or {@code reason} is null
   */
  public PlannedFetch {
    Objects.requireNonNull(chargedTo, "chargedTo");
    Objects.requireNonNull(reason, "reason");
  }
}
