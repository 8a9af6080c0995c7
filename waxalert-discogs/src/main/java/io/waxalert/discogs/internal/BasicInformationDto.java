package io.waxalert.discogs.internal;

import java.util.List;

/** The release summary inside a want. */
public record BasicInformationDto(
    long id,
    Long masterId,
    String title,
    Integer year,
    List<FormatDto> formats,
    List<ArtistDto> artists,
    List<LabelDto> labels,
    String thumb,
    String coverImage) {

  public BasicInformationDto {
    formats = Dtos.list(formats);
    artists = Dtos.list(artists);
    labels = Dtos.list(labels);
  }
}
