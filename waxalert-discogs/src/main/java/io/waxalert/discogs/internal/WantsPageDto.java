package io.waxalert.discogs.internal;

import java.util.List;

/** A page of {@code /users/{u}/wants}. */
public record WantsPageDto(PaginationDto pagination, List<WantDto> wants) implements PageDto<WantDto> {

  public WantsPageDto {
    wants = Dtos.list(wants);
  }

  @Override
  public List<WantDto> items() {
    return wants;
  }
}
