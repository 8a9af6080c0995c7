package io.waxalert.discogs.internal;

import feign.Param;
import feign.RequestLine;
import java.util.Map;

/** The Discogs API endpoints WaxAlert uses. Null query parameters are left out by Feign. */
public interface DiscogsApi {

  @RequestLine("GET /releases/{id}")
  ReleaseDto release(@Param("id") long id);

  @RequestLine("GET /masters/{id}")
  MasterDto master(@Param("id") long id);

  @RequestLine("GET /masters/{id}/versions?page={page}&per_page={perPage}&format={format}")
  VersionsPageDto versions(
      @Param("id") long id, @Param("page") int page, @Param("perPage") int perPage, @Param("format") String format);

  @RequestLine("GET /marketplace/stats/{id}?curr_abbr={curr}")
  StatsDto stats(@Param("id") long id, @Param("curr") String currency);

  @RequestLine("GET /marketplace/listings/{id}?curr_abbr={curr}")
  ListingDto listing(@Param("id") long id, @Param("curr") String currency);

  @RequestLine("GET /marketplace/price_suggestions/{id}")
  Map<String, PriceDto> priceSuggestions(@Param("id") long id);

  @RequestLine("GET /users/{username}/inventory?sort=price&sort_order=asc&page={page}&per_page={perPage}")
  InventoryPageDto inventory(@Param("username") String username, @Param("page") int page, @Param("perPage") int perPage);

  /** Newest listings first: the order in which a followed seller's new listings come on top. */
  @RequestLine("GET /users/{username}/inventory?sort=listed&sort_order=desc&page={page}&per_page={perPage}")
  InventoryPageDto inventoryNewestFirst(
      @Param("username") String username, @Param("page") int page, @Param("perPage") int perPage);

  @RequestLine("GET /users/{username}/wants?page={page}&per_page={perPage}")
  WantsPageDto wants(@Param("username") String username, @Param("page") int page, @Param("perPage") int perPage);

  @RequestLine("GET /users/{username}")
  UserDto user(@Param("username") String username);

  @RequestLine("GET /oauth/identity")
  IdentityDto identity();

  @RequestLine("GET /database/search?type=release&q={q}&page={page}&per_page={perPage}")
  SearchPageDto searchReleases(@Param("q") String query, @Param("page") int page, @Param("perPage") int perPage);
}
