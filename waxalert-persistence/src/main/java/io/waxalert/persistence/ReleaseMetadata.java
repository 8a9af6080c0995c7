package io.waxalert.persistence;

import io.micronaut.core.annotation.Nullable;

/**
 * What the service learned about an entry's release (or master) from Discogs, shown beside the
 * entry; every field may be unknown.
 *
 * @param releaseTitle the release's title without the artist
 * @param artistName the artists as Discogs names them
 * @param releaseYear year of release
 * @param releaseFormat e.g. {@code Vinyl, 7", Single}
 * @param coverImageUrl the cover image
 * @param formatFilter for a master entry, the format its releases are narrowed to (e.g. {@code Vinyl})
 * @param catalogNumber the labels' catalogue numbers as one line ({@code PB 41447})
 */
public record ReleaseMetadata(
    @Nullable String releaseTitle,
    @Nullable String artistName,
    @Nullable Integer releaseYear,
    @Nullable String releaseFormat,
    @Nullable String coverImageUrl,
    @Nullable String formatFilter,
    @Nullable String catalogNumber) {

  private static final ReleaseMetadata NONE = new ReleaseMetadata(null, null, null, null, null, null, null);

  /**
   * Metadata without a catalogue number.
   *
   * @param releaseTitle the release's title without the artist
   * @param artistName the artists as Discogs names them
   * @param releaseYear year of release
   * @param releaseFormat e.g. {@code Vinyl, 7", Single}
   * @param coverImageUrl the cover image
   * @param formatFilter for a master entry, the format its releases are narrowed to
   */
  public ReleaseMetadata(@Nullable String releaseTitle, @Nullable String artistName, @Nullable Integer releaseYear,
      @Nullable String releaseFormat, @Nullable String coverImageUrl, @Nullable String formatFilter) {
    this(releaseTitle, artistName, releaseYear, releaseFormat, coverImageUrl, formatFilter, null);
  }

  /**
   * Nothing known yet.
   *
   * @return metadata with every field null
   */
  public static ReleaseMetadata none() {
    return NONE;
  }
}
