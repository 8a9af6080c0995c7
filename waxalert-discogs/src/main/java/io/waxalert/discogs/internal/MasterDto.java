package io.waxalert.discogs.internal;

import java.util.List;

/** {@code /masters/{id}}. */
public record MasterDto(
    long id, String title, Integer year, Long mainRelease, List<ArtistDto> artists, List<ImageDto> images) {

  public MasterDto {
    artists = Dtos.list(artists);
    images = Dtos.list(images);
  }
}
