package io.waxalert.discogs.internal;

import java.util.List;

/** {@code /releases/{id}}; collections Discogs leaves out become empty. */
public record ReleaseDto(
    long id,
    String title,
    Integer year,
    String country,
    Long masterId,
    List<ArtistDto> artists,
    List<FormatDto> formats,
    List<LabelDto> labels,
    List<ImageDto> images,
    String thumb) {

  public ReleaseDto {
    artists = Dtos.list(artists);
    formats = Dtos.list(formats);
    labels = Dtos.list(labels);
    images = Dtos.list(images);
  }
}
