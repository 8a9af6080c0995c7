package io.waxalert.discogs.internal;

import java.util.List;

/** One entry of {@code /masters/{id}/versions}; {@code id} is a release id. */
public record VersionDto(
    long id, String title, String format, List<String> majorFormats, String label, String country,
    String released, String catno) {

  public VersionDto {
    majorFormats = Dtos.list(majorFormats);
  }
}
