package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * A release found by text search; the title is "Artist - Title" as Discogs returns it.
 *
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

  public SearchResult {
    Objects.requireNonNull(title, "title");
    formats = List.copyOf(formats);
    labels = List.copyOf(labels);
  }
}
