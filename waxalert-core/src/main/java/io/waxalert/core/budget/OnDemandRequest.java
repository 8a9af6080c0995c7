package io.waxalert.core.budget;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Work a collector asked for and waits on: a check-all, a marketplace lookup. Each of its releases
 * is done once fetched at or after {@code requestedAt − market-max-age}, so a fetch that young (in
 * flight or done) serves it, and repeating the request adds nothing new.
 *
 * @param ownerId the collector whose share it spends
 * @param requestId the service's id for it, e.g. the check-all id
 * @param releaseIds the releases it needs (the planner takes them never fetched first, then the
 *     most urgent first)
 * @param requestedAt when it was asked for
 */
public record OnDemandRequest(String ownerId, String requestId, List<Long> releaseIds, Instant requestedAt) {

  /**
   * Validates the request and copies the release ids.
   *
   * @param ownerId the collector whose share it spends
   * @param requestId the service's id for it, e.g. the check-all id
   * @param releaseIds the releases it needs (the planner takes them never fetched first, then the
   *     most urgent first)
   * @param requestedAt when it was asked for
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a release id is not positive
   */
  public OnDemandRequest {
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(requestedAt, "requestedAt");
    releaseIds = List.copyOf(releaseIds);
    for (long id : releaseIds) {
      if (id <= 0) {
        throw new IllegalArgumentException("release ids must be positive");
      }
    }
  }
}
