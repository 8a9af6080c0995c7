package io.waxalert.core.budget;

import java.util.Objects;

/**
 * How far an on-demand request has got, from the planner's view of the fetches.
 *
 * @param requestId the request
 * @param total its distinct releases
 * @param done releases fetched recently enough to serve it
 * @param inFlight releases being fetched for it (handed out earlier or in this plan)
 */
public record RequestProgress(String requestId, int total, int done, int inFlight) {

  /**
   * Validates the progress.
   *
   * @param requestId the request
   * @param total its distinct releases
   * @param done releases fetched recently enough to serve it
   * @param inFlight releases being fetched for it (handed out earlier or in this plan)
   * @throws NullPointerException if {@code requestId} is null
   */
  public RequestProgress {
    Objects.requireNonNull(requestId, "requestId");
  }

  /**
   * True when every release of the request is served.
   *
   * @return true when {@code done} equals {@code total}
   */
  public boolean isDone() {
    return done == total;
  }
}
