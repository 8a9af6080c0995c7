package io.waxalert.core.budget;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the planner plans from, as the service loads it on each tick.
 *
 * @param now the planning moment
 * @param releases every release someone needs, each once: all with active wants, plus any an
 *     on-demand request names whose last fetch is known
 * @param requests the on-demand requests still running
 * @param inFlight releases already handed out (scheduled or being fetched), never handed out again
 */
public record Demand(Instant now, List<ReleaseDemand> releases, List<OnDemandRequest> requests, Set<Long> inFlight) {

  /**
   * Validates the demand and copies its collections.
   *
   * @param now the planning moment
   * @param releases every release someone needs, each once: all with active wants, plus any an
   *     on-demand request names whose last fetch is known
   * @param requests the on-demand requests still running
   * @param inFlight releases already handed out (scheduled or being fetched), never handed out
   *     again
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a release is listed twice
   */
  public Demand {
    Objects.requireNonNull(now, "now");
    releases = List.copyOf(releases);
    requests = List.copyOf(requests);
    inFlight = Set.copyOf(inFlight);
    Set<Long> seen = new HashSet<>();
    for (ReleaseDemand release : releases) {
      if (!seen.add(release.releaseId())) {
        throw new IllegalArgumentException("release " + release.releaseId() + " is listed twice");
      }
    }
  }

  /**
   * Background demand only: no on-demand requests, nothing in flight.
   *
   * @param now the planning moment
   * @param releases every release someone needs, each once
   * @return the demand
   */
  public static Demand of(Instant now, List<ReleaseDemand> releases) {
    return new Demand(now, releases, List.of(), Set.of());
  }
}
