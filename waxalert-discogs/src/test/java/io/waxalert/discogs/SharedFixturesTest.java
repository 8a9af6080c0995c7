package io.waxalert.discogs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.discogs.internal.DtoMapper;
import io.waxalert.discogs.internal.IdentityDto;
import io.waxalert.discogs.internal.InventoryPageDto;
import io.waxalert.discogs.internal.Json;
import io.waxalert.discogs.internal.ListingDto;
import io.waxalert.discogs.internal.PriceDto;
import io.waxalert.discogs.internal.RateGate;
import io.waxalert.discogs.internal.ReleaseDto;
import io.waxalert.discogs.internal.StatsDto;
import io.waxalert.discogs.internal.WantsPageDto;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The real recorded answers in {@code shared/discogs-fixtures/}; each test skips when its file is absent. */
class SharedFixturesTest {

  private final ObjectMapper json = Json.mapper();
  private final DtoMapper mapper = new DtoMapper(URI.create("https://www.discogs.com"));

  @Test
  void recordedReleasesMapWithAndWithoutImages() throws Exception {
    ReleaseInfo authenticated = mapper.release(
        json.readValue(Fixtures.shared("release-249504-2017-authenticated.json"), ReleaseDto.class));
    ReleaseInfo anonymous = mapper.release(
        json.readValue(Fixtures.shared("release-249504-2019-unauthenticated.json"), ReleaseDto.class));

    assertThat(authenticated.title()).isEqualTo("Never Gonna Give You Up");
    assertThat(authenticated.artists()).containsExactly("Rick Astley");
    assertThat(authenticated.year()).isEqualTo(1987);
    assertThat(authenticated.formats()).containsExactly("Vinyl (7\", 45 RPM, Single)");
    assertThat(authenticated.coverImageUrl()).startsWith("https://");
    assertThat(anonymous.releaseId()).isEqualTo(249504);
  }

  @Test
  void recordedStatsIncludingBlockedMap() throws Exception {
    MarketStats eur = mapper.stats(125204,
        json.readValue(Fixtures.shared("marketplace-stats-125204-EUR-2026.json"), StatsDto.class));
    MarketStats blocked = mapper.stats(1,
        json.readValue(Fixtures.shared("marketplace-stats-blocked-2026.json"), StatsDto.class));
    MarketStats docs = mapper.stats(1,
        json.readValue(Fixtures.shared("marketplace-stats-docs-example.json"), StatsDto.class));

    assertThat(eur.lowestPrice().amount()).isEqualByComparingTo("64.0");
    assertThat(eur.lowestPrice().currency()).isEqualTo(Currency.EUR);
    assertThat(eur.numForSale()).isEqualTo(66);
    assertThat(blocked.blockedFromSale()).isTrue();
    assertThat(blocked.lowestPrice()).isNull();
    assertThat(blocked.numForSale()).isNull();
    assertThat(docs.lowestPrice().amount()).isEqualTo(new BigDecimal("2.09"));
  }

  @Test
  void recordedListingsOfNonOwnerAndOwnerViewMap() throws Exception {
    Listing modern = mapper.listing(json.readValue(Fixtures.shared("listing-1265949252-2025.json"), ListingDto.class));
    Listing owner = mapper.listing(
        json.readValue(Fixtures.shared("listing-647415422-owner-view-2019.json"), ListingDto.class));

    assertThat(modern.listingId()).isEqualTo(1265949252L);
    assertThat(modern.shipping()).isNull();
    assertThat(modern.seller().name()).isNotBlank();
    assertThat(owner.listingId()).isEqualTo(647415422L);
  }

  @Test
  void recordedInventoriesOf2014And2025Map() throws Exception {
    InventoryPageDto old = json.readValue(Fixtures.shared("inventory-360vinyl-page1-2014.json"), InventoryPageDto.class);
    InventoryPageDto modern =
        json.readValue(Fixtures.shared("inventory-page1-2025-seller-anonymized.json"), InventoryPageDto.class);

    assertThat(old.pagination().pages()).isEqualTo(10);
    List<Listing> oldListings = old.listings().stream().map(mapper::listing).toList();
    assertThat(oldListings).hasSize(50);
    assertThat(oldListings.get(0).sleeveCondition()).isEqualTo(SleeveCondition.GENERIC);
    assertThat(oldListings.get(0).posted()).isNotNull();
    assertThat(oldListings.get(0).seller().rating()).isNull();
    List<Listing> modernListings = modern.listings().stream().map(mapper::listing).toList();
    assertThat(modernListings).hasSize(2);
    assertThat(modernListings.get(0).mediaCondition()).isEqualTo(MediaCondition.NEAR_MINT);
    assertThat(modernListings.get(0).seller().rating()).isEqualByComparingTo("100.0");
  }

  @Test
  void recordedOwnerInventoryLastPageMaps() throws Exception {
    InventoryPageDto page =
        json.readValue(Fixtures.shared("inventory-brotherlogic-page4-owner-view-2020.json"), InventoryPageDto.class);

    assertThat(page.pagination().page()).isEqualTo(page.pagination().pages());
    assertThat(page.listings()).isNotEmpty();
  }

  @Test
  void recordedWantlistPageMapsWithNotes() throws Exception {
    WantsPageDto page = json.readValue(Fixtures.shared("wantlist-brotherlogic-page1-2020.json"), WantsPageDto.class);

    List<WantlistItem> items = page.wants().stream().map(mapper::want).toList();
    assertThat(items).hasSize(100);
    assertThat(items.get(0).releaseId()).isEqualTo(9997880L);
    assertThat(items.get(0).release().title()).isEqualTo("The New York Rock & Roll Ensemble");
    assertThat(items.get(0).masterId()).isEqualTo(5278L);
    assertThat(page.pagination().pages()).isEqualTo(3);
  }

  @Test
  void recordedRateLimitHeadersFeedTheGate() {
    Map<String, java.util.Collection<String>> headers = new java.util.LinkedHashMap<>();
    for (String line : Fixtures.shared("release-249504-2017-authenticated.headers.txt").split("\r?\n")) {
      int colon = line.indexOf(':');
      if (colon > 0 && !line.startsWith("HTTP/")) {
        headers.put(line.substring(0, colon).trim(), List.of(line.substring(colon + 1).trim()));
      }
    }
    RateGate gate = new RateGate(DiscogsClientConfig.defaults());

    gate.record(200, headers);

    assertThat(gate.stats().lastRemaining()).hasValue(55);
    assertThat(gate.stats().holdUntil()).isNull();
  }

  @Test
  void recordedIdentitiesMap() throws Exception {
    Identity recorded = mapper.identity(json.readValue(Fixtures.shared("identity-2014.json"), IdentityDto.class));
    Identity docs = mapper.identity(json.readValue(Fixtures.shared("identity-docs-example.json"), IdentityDto.class));

    assertThat(recorded).isEqualTo(new Identity(557870, "R-Search", "RicbraDiscogsBundle"));
    assertThat(docs.username()).isNotBlank();
  }

  @Test
  void recordedPriceSuggestionsMapAllGradesAndEmptyMapsToNone() throws Exception {
    TypeReference<Map<String, PriceDto>> type = new TypeReference<>() {};
    ReferencePrices recorded = mapper.priceSuggestions(json.readValue(Fixtures.shared("price-suggestions-1215019-2020.json"), type));
    ReferencePrices docs = mapper.priceSuggestions(json.readValue(Fixtures.shared("price-suggestions-docs-example.json"), type));
    ReferencePrices empty = mapper.priceSuggestions(json.readValue(Fixtures.shared("price-suggestions-empty.json"), type));

    assertThat(recorded.byCondition()).hasSize(8);
    assertThat(recorded.forCondition(MediaCondition.VERY_GOOD)).hasValueSatisfying(
        m -> assertThat(m.amount()).isEqualTo(new BigDecimal("8.881578947368421")));
    assertThat(docs.byCondition()).hasSize(8);
    assertThat(empty.isEmpty()).isTrue();
  }
}
