package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** How the contract writes a release's formats: one line, {@code Vinyl, 7", Single}. */
final class ReleaseFormat {

  private ReleaseFormat() {}

  /** The one-line format from Discogs' format lines ({@code Vinyl (7", Single)}); null when there are none. */
  static @Nullable String oneLine(List<String> lines) {
    if (lines.isEmpty()) {
      return null;
    }
    return String.join(", ", lines.stream()
        .map(line -> line.endsWith(")") && line.contains(" (")
            ? line.substring(0, line.length() - 1).replaceFirst(" \\(", ", ") : line)
        .toList());
  }
}
