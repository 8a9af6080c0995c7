package io.waxalert.discogs.internal;

import java.util.List;

/** A page of master versions. */
public record VersionsPageDto(PaginationDto pagination, List<VersionDto> versions) implements PageDto<VersionDto> {

  @Override
  public List<VersionDto> items() {
    return versions;
  }
}
