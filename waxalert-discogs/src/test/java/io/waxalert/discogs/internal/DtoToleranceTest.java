package io.waxalert.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.waxalert.discogs.Fixtures;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.discogs.SearchResult;
import io.waxalert.discogs.WantlistItem;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DtoToleranceTest {

  private final ObjectMapper json = Json.mapper();
  private final DtoMapper mapper = new DtoMapper(URI.create("https://www.discogs.com"));

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
    assertThat(mapper.priceSuggestions(map).byCondition())
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

  @Test
  void searchResultsOfOldRecordsWithScalarsForListsAndListsForScalarsAreRead() throws Exception {
    SearchPageDto page = json.readValue(Fixtures.own("search-old-shapes.json"), SearchPageDto.class);

    List<SearchResult> results = page.results().stream().map(dto -> {
      try {
        return mapper.searchResult(dto);
      } catch (IllegalArgumentException noId) {
        return null;
      }
    }).filter(java.util.Objects::nonNull).toList();

    assertThat(page.pagination().page()).isEqualTo(1);
    assertThat(results).extracting(SearchResult::releaseId).containsExactly(1001L, 1003L, 1004L);
    SearchResult old = results.get(0);
    assertThat(old.labels()).containsExactly("Test Pressings Ltd.");
    assertThat(old.formats()).containsExactly("Vinyl");
    assertThat(old.year()).isEqualTo(1979);
    assertThat(old.catalogNumber()).isEqualTo("101");
    assertThat(old.masterId()).isEqualTo(2002L);
    assertThat(old.thumb()).isEqualTo("https://www.discogs.com/images/spacer.gif");
    SearchResult mixed = results.get(1);
    assertThat(mixed.formats()).as("an object where text is expected is dropped").isEmpty();
    assertThat(mixed.labels()).containsExactly("Test Pressings Ltd.");
    assertThat(mixed.year()).isNull();
    assertThat(mixed.thumb()).isEqualTo("https://i.example.org/ns-150.jpg");
    SearchResult odd = results.get(2);
    assertThat(odd.title()).isEqualTo("Example Band, Night Shift (Live)");
    assertThat(odd.year()).isNull();
    assertThat(odd.masterId()).isNull();
    assertThat(odd.thumb()).as("only http(s) addresses survive").isNull();
  }

  @Test
  void releaseWithVariantShapesKeepsEveryFieldItCanRead() throws Exception {
    ReleaseInfo release = mapper.release(json.readValue(Fixtures.own("release-1001-variant-shapes.json"), ReleaseDto.class));

    assertThat(release.releaseId()).isEqualTo(1001);
    assertThat(release.title()).isEqualTo("Night Shift");
    assertThat(release.year()).isEqualTo(1979);
    assertThat(release.artists()).containsExactly("Example Band");
    assertThat(release.formats()).containsExactly("2×Vinyl (LP)", "All, Media");
    assertThat(release.masterId()).isNull();
    assertThat(release.coverImageUrl()).isEqualTo("https://www.discogs.com/images/R-1001-front.jpg");
  }

  @Test
  void listingWithVariantShapesIsReadWithUnreadableDetailsLeftOut() throws Exception {
    Listing listing = mapper.listing(json.readValue(Fixtures.own("listing-9002-variant-shapes.json"), ListingDto.class));

    assertThat(listing.listingId()).isEqualTo(9002);
    assertThat(listing.price()).isEqualTo(Money.of("24.00", "EUR"));
    assertThat(listing.shipping()).as("[] where an object is expected is no shipping").isNull();
    assertThat(listing.mediaCondition()).isEqualTo(MediaCondition.NEAR_MINT);
    assertThat(listing.sleeveCondition()).as("an unknown sleeve grade is not graded").isEqualTo(SleeveCondition.NOT_GRADED);
    assertThat(listing.seller().name()).isEqualTo("old_shop");
    assertThat(listing.seller().rating()).isNull();
    assertThat(listing.seller().feedbackCount()).as("\"1,204\" is no number").isNull();
    assertThat(listing.posted()).isEqualTo(Instant.parse("2013-11-20T22:26:16Z"));
  }

  @Test
  void statsWithNumbersAsStringsAndAPriceInAListAreRead() throws Exception {
    MarketStats stats = mapper.stats(1001, json.readValue(Fixtures.own("stats-1001-variant-shapes.json"), StatsDto.class));

    assertThat(stats.lowestPrice()).isEqualTo(Money.of("17.50", "EUR"));
    assertThat(stats.numForSale()).isEqualTo(7);
    assertThat(stats.blockedFromSale()).isFalse();
  }

  @Test
  void hugeCountIsDroppedButThePriceIsKept() throws Exception {
    StatsDto dto = json.readValue("{\"lowest_price\": {\"value\": 5, \"currency\": \"USD\"},"
        + " \"num_for_sale\": 99999999999999999999999, \"blocked_from_sale\": 0}", StatsDto.class);

    MarketStats stats = mapper.stats(1001, dto);

    assertThat(stats.numForSale()).isNull();
    assertThat(stats.lowestPrice()).isEqualTo(Money.of("5", "USD"));
  }

  @Test
  void unreadableLowestPriceFailsRatherThanLookLikeNothingForSale() throws Exception {
    StatsDto unknownCurrency = json.readValue(Fixtures.own("stats-1001-unreadable-price.json"), StatsDto.class);
    StatsDto countWithoutPrice = json.readValue("{\"lowest_price\": null, \"num_for_sale\": 7}", StatsDto.class);

    assertThatThrownBy(() -> mapper.stats(1001, unknownCurrency))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot be read");
    assertThatThrownBy(() -> mapper.stats(1001, countWithoutPrice))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("7 copies are for sale");
  }

  @Test
  void aLowestPriceOfTheWrongShapeFailsTheWholeAnswerEvenWhenTheCountIsUnreadableToo() {
    assertThatThrownBy(() -> json.readValue("{\"lowest_price\": 18.34, \"num_for_sale\": 7}", StatsDto.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    assertThatThrownBy(() -> json.readValue("{\"lowest_price\": \"cheap\", \"num_for_sale\": \"many\"}", StatsDto.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    assertThatThrownBy(() -> json.readValue(
        "{\"lowest_price\": {\"value\": \"abc\", \"currency\": \"EUR\"}, \"num_for_sale\": \"many\"}", StatsDto.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
  }

  @Test
  void entriesOfAPageThatCannotBeReadFailThePageInsteadOfLookingEmpty() throws Exception {
    WantsPageDto absent = json.readValue("{\"pagination\": {\"page\": 1, \"pages\": 1}}", WantsPageDto.class);
    WantsPageDto garbage = json.readValue("{\"pagination\": {\"page\": 1}, \"wants\": \"none\"}", WantsPageDto.class);
    WantsPageDto oneBad = json.readValue(
        "{\"wants\": [{\"id\": 3001, \"basic_information\": {\"id\": 3001}}, \"garbage\"]}", WantsPageDto.class);
    org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(DtoToleranceTest.class);

    assertThat(absent.wants()).isEmpty();
    assertThat(garbage.entryCount()).isEqualTo(1);
    assertThatThrownBy(() -> Answers.mapPage(garbage, w -> true, mapper::want, "wants", log))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("none of its 1 entries can be read: an entry of the wrong shape");
    assertThat(Answers.mapPage(oneBad, w -> true, mapper::want, "wants", log).items())
        .extracting(WantlistItem::releaseId).containsExactly(3001L);
  }

  @Test
  void priceSuggestionsKeepTheGradesThatCanBeRead() throws Exception {
    Map<String, PriceDto> map = json.readValue(Fixtures.own("price-suggestions-1001-variant-shapes.json"),
        new TypeReference<>() {});

    ReferencePrices prices = mapper.priceSuggestions(map);

    assertThat(prices.byCondition()).as("1e400 is no price either").containsOnlyKeys(MediaCondition.MINT);
    assertThat(prices.byCondition().get(MediaCondition.MINT)).isEqualTo(Money.of("30.5", "EUR"));
  }

  @Test
  void wantsWithObjectsForListsAndStringsForObjectsKeepWhatCanBeRead() throws Exception {
    WantsPageDto page = json.readValue(Fixtures.own("wants-variant-shapes.json"), WantsPageDto.class);

    WantlistItem first = mapper.want(page.wants().get(0));
    WantlistItem bare = mapper.want(page.wants().get(1));

    assertThat(page.wants()).hasSize(3);
    assertThat(first.release().formats()).containsExactly("Vinyl (LP, Album)");
    assertThat(first.release().artists()).as("a bare name where an artist object is expected is dropped")
        .containsExactly("Example Band");
    assertThat(first.labels()).containsExactly("Test Pressings Ltd. – TP 3001");
    assertThat(first.masterId()).isEqualTo(2002L);
    assertThat(first.notes()).isEqualTo("42");
    assertThat(first.release().coverImageUrl()).isEqualTo("https://www.discogs.com/images/R-3001.jpg");
    assertThat(bare.releaseId()).isEqualTo(3002L);
    assertThat(bare.dateAdded()).isNull();
    assertThatThrownBy(() -> mapper.want(page.wants().get(2))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anAnswerOfTheWrongShapeAtTheRootStillFailsAsAWhole() {
    assertThatThrownBy(() -> json.readValue("[1, 2, 3]", ReleaseDto.class))
        .isInstanceOf(com.fasterxml.jackson.databind.JsonMappingException.class);
    assertThatThrownBy(() -> json.readValue("{\"id\": 1, \"title\": \"cut off", ReleaseDto.class))
        .isInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
  }

  @Test
  void relativeAndSchemeRelativeImageAddressesBecomeAbsoluteOnTheSite() {
    WebUrls urls = new WebUrls(URI.create("https://www.discogs.com"));

    assertThat(urls.absolute("/images/x.jpg")).isEqualTo("https://www.discogs.com/images/x.jpg");
    assertThat(urls.absolute("images/x.jpg")).isEqualTo("https://www.discogs.com/images/x.jpg");
    assertThat(urls.absolute("//i.discogs.com/x.jpg")).isEqualTo("https://i.discogs.com/x.jpg");
    assertThat(urls.absolute("https://i.discogs.com/x.jpg")).isEqualTo("https://i.discogs.com/x.jpg");
    assertThat(urls.absolute("data:image/png;base64,AAAA")).isNull();
    assertThat(urls.absolute("not a uri")).isNull();
    assertThat(urls.absolute("  ")).isNull();
  }
}
