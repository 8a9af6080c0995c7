package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * One pressing of a master.
 *
 * @param releaseId the release id of this pressing
 * @param format Discogs' format line, such as {@code LP, Album, RE}
 * @param majorFormats such as {@code Vinyl} or {@code CD}
 * @param released a year or partial date as Discogs writes it ("1987", "1987-07-00"), not a date
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

  public MasterVersion {
    Objects.requireNonNull(title, "title");
    majorFormats = List.copyOf(majorFormats);
  }
}
