package io.waxalert.discogs.internal;

import java.util.List;

/** A page of master versions. */
public record VersionsPageDto(PaginationDto pagination, @Required List<VersionDto> versions) implements PageDto<VersionDto> {

  public VersionsPageDto {
    versions = Dtos.entries(versions);
  }

  @Override
  public List<VersionDto> items() {
    return versions;
  }
}
