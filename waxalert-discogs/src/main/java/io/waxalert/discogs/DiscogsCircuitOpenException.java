package io.waxalert.discogs;

import io.waxalert.discogs.internal.Wording;
import java.time.Instant;
import java.util.Objects;

/**
 * Refused without a request: Discogs failed too many requests in a row (5xx, 429, no answer), so
 * the client sends nothing until {@link #until()}; then one probe request decides whether requests
 * resume. See {@link DiscogsClientConfig.Builder#circuitFailureThreshold(int)}.
 */
public class DiscogsCircuitOpenException extends DiscogsUnavailableException {

  /** When the client sends its probe request. */
  private final Instant until;
  /** Set when the pause is over and another call's probe is under way. */
  private final boolean probing;
  /** When the call was refused. */
  private final Instant refusedAt;

  /**
   * Creates the exception.
   *
   * @param until when the pause ends and a probe request goes out
   * @param refusedAt when the call was refused
   */
  public DiscogsCircuitOpenException(Instant until, Instant refusedAt) {
    super(0, null, "no request sent: Discogs failed too many requests in a row; paused until " + until);
    this.until = Objects.requireNonNull(until, "until");
    this.refusedAt = Objects.requireNonNull(refusedAt, "refusedAt");
    this.probing = !until.isAfter(refusedAt);
  }

  /**
   * When the pause ends: then one probe request decides whether requests resume.
   *
   * @return the end of the pause; in the past while a probe is under way
   */
  public Instant until() {
    return until;
  }

  @Override
  public String collectorMessage() {
    return probing
        ? "Discogs is not answering; WaxAlert is testing whether it answers again"
        : "Discogs is not answering; checks pause until " + Wording.time(until, refusedAt);
  }
}
