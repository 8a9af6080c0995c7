package io.waxalert.discogs.internal;

import java.util.List;

/** A {@code /database/search} row; {@code year} is a string there. */
public record SearchResultDto(
    long id, String type, String title, String year, String country, String catno, List<String> format,
    List<String> label, Long masterId, String thumb, String coverImage) {

  public SearchResultDto {
    format = Dtos.list(format);
    label = Dtos.list(label);
  }
}
