package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * A master release: the group of all pressings of one recording.
 *
 * @param masterId the Discogs master id
 * @param title the master's title; {@code (untitled)} when Discogs gives none
 * @param artists artist names as Discogs credits them, possibly empty
 * @param year the master's year as Discogs gives it (usually its first release's), null when none
 * @param mainReleaseId the release Discogs shows for the master, null when none
 * @param coverImageUrl the master's primary image, null when it has none
 */
public record MasterInfo(
    long masterId, String title, List<String> artists, @Nullable Integer year, @Nullable Long mainReleaseId,
    @Nullable String coverImageUrl) {

  /**
   * Copies the artists.
   *
   * @param masterId the Discogs master id
   * @param title the master's title; {@code (untitled)} when Discogs gives none
   * @param artists artist names as Discogs credits them, possibly empty
   * @param year the master's year as Discogs gives it (usually its first release's), null when none
   * @param mainReleaseId the release Discogs shows for the master, null when none
   * @param coverImageUrl the master's primary image, null when it has none
   * @throws NullPointerException if the title or the artists are null
   */
  public MasterInfo {
    Objects.requireNonNull(title, "title");
    artists = List.copyOf(artists);
  }
}
