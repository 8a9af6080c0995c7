package io.waxalert.discogs.internal;

import java.util.List;

/** A page of {@code /users/{u}/wants}. */
public record WantsPageDto(PaginationDto pagination, @Required List<WantDto> wants) implements PageDto<WantDto> {

  public WantsPageDto {
    wants = Dtos.entries(wants);
  }

  @Override
  public List<WantDto> items() {
    return wants;
  }
}
