package io.waxalert.discogs.internal;

import java.util.List;

/** A page of master versions. */
public record VersionsPageDto(PaginationDto pagination, List<VersionDto> versions) implements PageDto<VersionDto> {

  public VersionsPageDto {
    versions = Dtos.list(versions);
  }

  @Override
  public List<VersionDto> items() {
    return versions;
  }
}
