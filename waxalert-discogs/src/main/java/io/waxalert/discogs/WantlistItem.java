package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.ReleaseInfo;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of a Discogs wantlist.
 *
 * @param release what the want points at; its id is the release id
 * @param masterId the release's master, null when it has none
 * @param labels label and catalogue number lines ("Label – CAT 1")
 * @param notes the owner's notes, empty when none or not visible
 * @param dateAdded null when Discogs sent none
 */
public record WantlistItem(
    ReleaseInfo release, @Nullable Long masterId, List<String> labels, String notes, @Nullable Instant dateAdded) {

  /**
   * Copies the labels.
   *
   * @param release what the want points at; its id is the release id
   * @param masterId the release's master, null when it has none
   * @param labels label and catalogue number lines ("Label – CAT 1")
   * @param notes the owner's notes, empty when none or not visible
   * @param dateAdded null when Discogs sent none
   * @throws NullPointerException if {@code release}, {@code labels} or {@code notes} is null
   */
  public WantlistItem {
    Objects.requireNonNull(release, "release");
    labels = List.copyOf(labels);
    Objects.requireNonNull(notes, "notes");
  }

  /** {@return the release id of {@link #release()}} */
  public long releaseId() {
    return release.releaseId();
  }
}
