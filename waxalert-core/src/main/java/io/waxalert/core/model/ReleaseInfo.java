package io.waxalert.core.model;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * What a collector sees to recognise a release.
 *
 * @param masterId the master grouping this release's pressings, null when it has none
 */
public record ReleaseInfo(
    long releaseId,
    String title,
    List<String> artists,
    @Nullable Integer year,
    List<String> formats,
    @Nullable String coverImageUrl,
    @Nullable Long masterId) {

  public ReleaseInfo {
    Objects.requireNonNull(title, "title");
    artists = List.copyOf(artists);
    formats = List.copyOf(formats);
  }

  /** "Artist A, Artist B" as one line. */
  public String artistLine() {
    return String.join(", ", artists);
  }
}
