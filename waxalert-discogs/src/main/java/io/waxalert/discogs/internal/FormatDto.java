package io.waxalert.discogs.internal;

import java.util.List;

/** A format; Discogs sends {@code qty} as a string. */
public record FormatDto(String name, String qty, List<String> descriptions, String text) {

  public FormatDto {
    descriptions = Dtos.list(descriptions);
  }
}
