package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * A master release: the group of all pressings of one recording.
 *
 * @param coverImageUrl the master's primary image, null when it has none
 */
public record MasterInfo(
    long masterId, String title, List<String> artists, @Nullable Integer year, @Nullable Long mainReleaseId,
    @Nullable String coverImageUrl) {

  public MasterInfo {
    Objects.requireNonNull(title, "title");
    artists = List.copyOf(artists);
  }
}
