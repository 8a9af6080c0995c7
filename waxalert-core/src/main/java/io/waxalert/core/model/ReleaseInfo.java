package io.waxalert.core.model;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * What a collector sees to recognise a release.
 *
 * @param releaseId the Discogs release id
 * @param title the release title
 * @param artists artist names as Discogs credits them, possibly empty
 * @param year year of release, null when Discogs gives none
 * @param formats format descriptions such as {@code "Vinyl"} or {@code "LP"}, possibly empty
 * @param coverImageUrl the cover image, null when there is none
 * @param masterId the master grouping this release's pressings, null when it has none
 * @param catalogNumbers the labels' catalogue numbers, as Discogs writes them ({@code PB 41447}),
 *     each once; empty when unknown or the release has none
 */
public record ReleaseInfo(
    long releaseId,
    String title,
    List<String> artists,
    @Nullable Integer year,
    List<String> formats,
    @Nullable String coverImageUrl,
    @Nullable Long masterId,
    List<String> catalogNumbers) {

  /**
   * Copies the lists.
   *
   * @param releaseId the Discogs release id
   * @param title the release title
   * @param artists artist names as Discogs credits them, possibly empty
   * @param year year of release, null when Discogs gives none
   * @param formats format descriptions such as {@code "Vinyl"} or {@code "LP"}, possibly empty
   * @param coverImageUrl the cover image, null when there is none
   * @param masterId the master grouping this release's pressings, null when it has none
   * @param catalogNumbers the labels' catalogue numbers ({@code labels[].catno}), possibly empty
   * @throws NullPointerException if the title or a list is null
   */
  public ReleaseInfo {
    Objects.requireNonNull(title, "title");
    artists = List.copyOf(artists);
    formats = List.copyOf(formats);
    catalogNumbers = List.copyOf(catalogNumbers);
  }

  /**
   * A release whose catalogue numbers are not known.
   *
   * @param releaseId the release
   * @param title the release title
   * @param artists artist names as Discogs credits them, possibly empty
   * @param year year of release, null when Discogs gives none
   * @param formats format descriptions such as {@code "Vinyl"} or {@code "LP"}, possibly empty
   * @param coverImageUrl the cover image, null when there is none
   * @param masterId the master grouping this release's pressings, null when it has none
   */
  public ReleaseInfo(long releaseId, String title, List<String> artists, @Nullable Integer year,
      List<String> formats, @Nullable String coverImageUrl, @Nullable Long masterId) {
    this(releaseId, title, artists, year, formats, coverImageUrl, masterId, List.of());
  }

  /**
   * "Artist A, Artist B" as one line.
   *
   * @return the artist names joined by commas, empty when there are none
   */
  public String artistLine() {
    return String.join(", ", artists);
  }

  /**
   * "PB 41447" or "PB 41447, PT 41448": the catalogue numbers as one line.
   *
   * @return the numbers joined by commas; null when there are none
   */
  public @Nullable String catalogNumberLine() {
    return catalogNumbers.isEmpty() ? null : String.join(", ", catalogNumbers);
  }
}
