package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * One pressing of a master.
 *
 * @param releaseId the release id of this pressing
 * @param title the pressing's title; {@code (untitled)} when Discogs gives none
 * @param format Discogs' format line, such as {@code LP, Album, RE}
 * @param majorFormats such as {@code Vinyl} or {@code CD}
 * @param label the label, null when Discogs gives none
 * @param country where it was released, as Discogs writes it ("UK"), null when unknown
 * @param released a year or partial date as Discogs writes it ("1987", "1987-07-00"), not a date
 * @param catalogNumber the label's catalogue number, null when Discogs gives none
 */
public record MasterVersion(
    long releaseId,
    String title,
    @Nullable String format,
    List<String> majorFormats,
    @Nullable String label,
    @Nullable String country,
    @Nullable String released,
    @Nullable String catalogNumber) {

  /**
   * Copies the formats.
   *
   * @param releaseId the release id of this pressing
   * @param title the pressing's title; {@code (untitled)} when Discogs gives none
   * @param format Discogs' format line, such as {@code LP, Album, RE}
   * @param majorFormats such as {@code Vinyl} or {@code CD}
   * @param label the label, null when Discogs gives none
   * @param country where it was released, as Discogs writes it ("UK"), null when unknown
   * @param released a year or partial date as Discogs writes it ("1987", "1987-07-00"), not a date
   * @param catalogNumber the label's catalogue number, null when Discogs gives none
   * @throws NullPointerException if the title or the formats are null
   */
  public MasterVersion {
    Objects.requireNonNull(title, "title");
    majorFormats = List.copyOf(majorFormats);
  }
}
