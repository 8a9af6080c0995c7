package io.waxalert.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.waxalert.discogs.Fixtures;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DtoToleranceTest {

  private final ObjectMapper json = Json.mapper();

  @Test
  void nullLowestPriceAndCountAreKept() throws Exception {
    StatsDto stats = json.readValue(Fixtures.own("stats-blocked.json"), StatsDto.class);

    assertThat(stats.lowestPrice()).isNull();
    assertThat(stats.numForSale()).isNull();
    assertThat(stats.blockedFromSale()).isTrue();
  }

  @Test
  void unroundedFloatsStayExact() throws Exception {
    StatsDto stats = json.readValue(Fixtures.own("stats-1001-eur.json"), StatsDto.class);

    assertThat(stats.lowestPrice().value()).isEqualTo(new BigDecimal("17.123456789012345"));
  }

  @Test
  void emptyShippingObjectIsNoPrice() throws Exception {
    ListingDto listing = json.readValue(Fixtures.own("listing-9001.json"), ListingDto.class);

    assertThat(listing.shippingPrice()).isNotNull();
    assertThat(listing.shippingPrice().isPresent()).isFalse();
    assertThat(DtoMapper.money(listing.shippingPrice())).isNull();
  }

  @Test
  void ratingAndQuantitySentAsStringsAreRead() throws Exception {
    ListingDto listing = json.readValue(Fixtures.own("listing-9001.json"), ListingDto.class);
    ReleaseDto release = json.readValue(Fixtures.own("release-1001.json"), ReleaseDto.class);

    assertThat(listing.seller().stats().rating()).isEqualByComparingTo("99.2");
    assertThat(release.formats().get(0).qty()).isEqualTo("2");
  }

  @Test
  void unknownFieldsAreIgnoredAndMissingCollectionsAreEmpty() throws Exception {
    ReleaseDto release = json.readValue(Fixtures.own("release-1002-sparse.json"), ReleaseDto.class);
    ReleaseDto full = json.readValue(Fixtures.own("release-1001.json"), ReleaseDto.class);

    assertThat(release.artists()).isEmpty();
    assertThat(release.images()).isEmpty();
    assertThat(full.formats().get(1).descriptions()).isEmpty();
  }

  @Test
  void priceSuggestionsMapWithGradeKeys() throws Exception {
    Map<String, PriceDto> map = json.readValue(Fixtures.own("price-suggestions-1001.json"), new TypeReference<>() {});

    assertThat(map).containsKey("Very Good Plus (VG+)");
    assertThat(new DtoMapper(java.net.URI.create("https://www.discogs.com")).priceSuggestions(map).byCondition())
        .hasSize(8);
  }

  @Test
  void pagesWithoutListKeyWalkAsEmpty() {
    WantsPageDto empty = new WantsPageDto(new PaginationDto(1, 1, 0, 50), null);

    assertThat(Pages.stream(page -> empty).count()).isZero();
  }

  @Test
  void errorBodyRedactionHidesTokens() {
    assertThat(Redaction.url("https://api.discogs.com/users/x/wants?per_page=100&token=abc&page=2"))
        .isEqualTo("https://api.discogs.com/users/x/wants?per_page=100&token=***&page=2");
  }
}
