package io.waxalert.core.budget;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.Money;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One release whose market someone needs: the unit of Discogs work, since one fetch serves every
 * entry of every collector wanting it.
 *
 * @param releaseId the Discogs release
 * @param lastFetchedAt the last fetch attempt, successful or not (a failing release is then retried
 *     at the normal pace, not on every tick); null when never fetched
 * @param lastLowestPrice the lowest price the last successful fetch saw; null when none was for
 *     sale or it is unknown
 * @param wants the active entries wanting it; empty for a release only an on-demand request names
 *     (it is then fetched on demand only)
 */
public record ReleaseDemand(
    long releaseId, @Nullable Instant lastFetchedAt, @Nullable Money lastLowestPrice, List<Want> wants) {

  /**
   * Validates the demand and copies the wants.
   *
   * @param releaseId the Discogs release
   * @param lastFetchedAt the last fetch attempt, successful or not (a failing release is then
   *     retried at the normal pace, not on every tick); null when never fetched
   * @param lastLowestPrice the lowest price the last successful fetch saw; null when none was for
   *     sale or it is unknown
   * @param wants the active entries wanting it; empty for a release only an on-demand request names
   *     (it is then fetched on demand only)
   * @throws NullPointerException if {@code wants} is null
   * @throws IllegalArgumentException if the release id is not positive
   */
  public ReleaseDemand {
    if (releaseId <= 0) {
      throw new IllegalArgumentException("releaseId must be positive");
    }
    wants = List.copyOf(Objects.requireNonNull(wants, "wants"));
  }

  /**
   * A release nobody has fetched yet.
   *
   * @param releaseId the Discogs release
   * @param wants the active entries wanting it
   * @return the demand, without last fetch or price
   */
  public static ReleaseDemand neverFetched(long releaseId, List<Want> wants) {
    return new ReleaseDemand(releaseId, null, null, wants);
  }

  /**
   * True when some active entry wants it: such releases make up a pass.
   *
   * @return true when {@code wants} is not empty
   */
  public boolean isActive() {
    return !wants.isEmpty();
  }
}
