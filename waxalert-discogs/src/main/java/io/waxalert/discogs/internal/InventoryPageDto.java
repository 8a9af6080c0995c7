package io.waxalert.discogs.internal;

import java.util.List;

/** A page of {@code /users/{u}/inventory}. */
public record InventoryPageDto(PaginationDto pagination, @Required List<ListingDto> listings) implements PageDto<ListingDto> {

  public InventoryPageDto {
    listings = Dtos.entries(listings);
  }

  @Override
  public List<ListingDto> items() {
    return listings;
  }
}
