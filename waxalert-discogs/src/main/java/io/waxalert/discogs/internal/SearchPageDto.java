package io.waxalert.discogs.internal;

import java.util.List;

/** A page of search results. */
public record SearchPageDto(PaginationDto pagination, @Required List<SearchResultDto> results) implements PageDto<SearchResultDto> {

  public SearchPageDto {
    results = Dtos.entries(results);
  }

  @Override
  public List<SearchResultDto> items() {
    return results;
  }
}
