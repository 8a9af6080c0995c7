package io.waxalert.core.model;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;

/** What a collector sees to recognise a release. */
public record ReleaseInfo(
    long releaseId,
    String title,
    List<String> artists,
    @Nullable Integer year,
    List<String> formats,
    @Nullable String coverImageUrl) {

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
