package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * A release found by text search; the title is "Artist - Title" as Discogs returns it.
 *
 * @param releaseId the Discogs release id
 * @param title "Artist - Title" as Discogs writes it
 * @param year year of release, null when Discogs gives none or no plain year
 * @param formats formats and descriptions, such as {@code Vinyl} or {@code LP}
 * @param labels label names
 * @param country where it was released, null when unknown
 * @param catalogNumber the catalogue number, null when Discogs gives none
 * @param masterId the release's master, null when it has none
 * @param thumb a small cover image, null when Discogs has none
 */
public record SearchResult(
    long releaseId,
    String title,
    @Nullable Integer year,
    List<String> formats,
    List<String> labels,
    @Nullable String country,
    @Nullable String catalogNumber,
    @Nullable Long masterId,
    @Nullable String thumb) {

  /**
   * Copies the lists.
   *
   * @param releaseId the Discogs release id
   * @param title "Artist - Title" as Discogs writes it
   * @param year year of release, null when Discogs gives none or no plain year
   * @param formats formats and descriptions, such as {@code Vinyl} or {@code LP}
   * @param labels label names
   * @param country where it was released, null when unknown
   * @param catalogNumber the catalogue number, null when Discogs gives none
   * @param masterId the release's master, null when it has none
   * @param thumb a small cover image, null when Discogs has none
   * @throws NullPointerException if the title or a list is null
   */
  public SearchResult {
    Objects.requireNonNull(title, "title");
    formats = List.copyOf(formats);
    labels = List.copyOf(labels);
  }
}
