package io.waxalert.core.criteria;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertCriteria.PriceBasis;
import io.waxalert.core.criteria.AlertCriteria.UnknownShipping;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CriteriaMatcherTest {

  private final FixedExchangeRates rates =
      FixedExchangeRates.perEuro(Map.of(Currency.USD, new BigDecimal("1.25"), Currency.GBP, new BigDecimal("0.80")));
  private final CriteriaMatcher matcher = CriteriaMatcher.standard(rates);

  private MatchResult evaluate(Listing listing, AlertCriteria criteria) {
    return evaluate(listing, criteria, ReferencePrices.none());
  }

  /** Evaluates both ways and checks the fast path agrees with the explained one. */
  private MatchResult evaluate(Listing listing, AlertCriteria criteria, ReferencePrices reference) {
    MatchResult result = matcher.evaluate(listing, criteria, reference);
    assertThat(matcher.matches(listing, criteria, reference)).as("fast path agrees").isEqualTo(result.isMatch());
    return result;
  }

  private static Verdict verdictOf(MatchResult result, Criterion criterion) {
    return result.results().stream().filter(r -> r.criterion() == criterion).findFirst().orElseThrow().verdict();
  }

  @Test
  void noCriteriaMeansAnyListingFits() {
    MatchResult result = evaluate(aListing().build(), AlertCriteria.none());

    assertThat(result).isInstanceOf(MatchResult.Matched.class);
    assertThat(((MatchResult.Matched) result).type()).isEqualTo(AlertType.PRICE_MATCHED);
    assertThat(result.explain()).contains("any listing fits");
  }

  @ParameterizedTest
  @CsvSource({"24.99, true", "25.00, true", "25.01, false"})
  void priceAtOrUnderTheMaximumMatches(String price, boolean matches) {
    AlertCriteria criteria = AlertCriteria.builder().maxPrice(Money.of("25.00", "EUR")).build();

    MatchResult result = evaluate(aListing().withPrice(price, "EUR").build(), criteria);

    assertThat(result.isMatch()).isEqualTo(matches);
    assertThat(result.explain()).contains(price + " EUR").contains("25.00 EUR");
  }

  @Test
  void foreignPriceIsConvertedToTheEntrysCurrency() {
    AlertCriteria criteria = AlertCriteria.builder().maxPrice(Money.of("20.00", "EUR")).build();

    MatchResult cheap = evaluate(aListing().withPrice("25.00", "USD").build(), criteria);
    MatchResult dear = evaluate(aListing().withPrice("25.01", "USD").build(), criteria);

    assertThat(cheap.isMatch()).isTrue();
    assertThat(cheap.explain()).contains("25.00 USD (20.00 EUR) is at most 20.00 EUR");
    assertThat(dear.isMatch()).isFalse();
  }

  @Test
  void priceWithoutExchangeRateIsNotJudgedAndDoesNotAlert() {
    AlertCriteria criteria = AlertCriteria.builder().maxPrice(Money.of("20.00", "EUR")).build();

    MatchResult result = evaluate(aListing().withPrice("1000", "JPY").build(), criteria);

    assertThat(result.isMatch()).isFalse();
    assertThat(verdictOf(result, Criterion.MAX_PRICE)).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(result.explain()).contains("no exchange rate to EUR");
  }

  @Test
  void totalPriceAddsShipping() {
    AlertCriteria criteria = AlertCriteria.builder()
        .maxPrice(Money.of("25.00", "EUR")).priceBasis(PriceBasis.ITEM_PLUS_SHIPPING).build();

    assertThat(evaluate(aListing().withPrice("20.00", "EUR").withShipping("5.00", "EUR").build(), criteria).isMatch()).isTrue();
    assertThat(evaluate(aListing().withPrice("20.00", "EUR").withShipping("5.01", "EUR").build(), criteria).isMatch()).isFalse();
  }

  @Test
  void unknownShippingComparesTheItemAloneByDefaultAndSaysSo() {
    AlertCriteria criteria = AlertCriteria.builder()
        .maxPrice(Money.of("25.00", "EUR")).priceBasis(PriceBasis.ITEM_PLUS_SHIPPING).build();

    MatchResult result = evaluate(aListing().withPrice("24.00", "EUR").withUnknownShipping().build(), criteria);

    assertThat(result.isMatch()).isTrue();
    assertThat(result.explain()).contains("shipping unknown, compared without it");
  }

  @Test
  void unknownShippingCanBeLeftUnjudged() {
    AlertCriteria criteria = AlertCriteria.builder()
        .maxPrice(Money.of("25.00", "EUR")).priceBasis(PriceBasis.ITEM_PLUS_SHIPPING)
        .unknownShipping(UnknownShipping.DO_NOT_JUDGE).build();

    MatchResult result = evaluate(aListing().withPrice("1.00", "EUR").withUnknownShipping().build(), criteria);

    assertThat(result.isMatch()).isFalse();
    assertThat(verdictOf(result, Criterion.MAX_PRICE)).isEqualTo(Verdict.NOT_JUDGED);
  }

  @Test
  void givenMediaBelowMinimum_thenRejectedNamingTheCriterion() {
    AlertCriteria criteria = AlertCriteria.builder().minMediaCondition(MediaCondition.VERY_GOOD_PLUS).build();

    MatchResult result = evaluate(aListing().withMedia(MediaCondition.VERY_GOOD).build(), criteria);

    assertThat(result).isInstanceOf(MatchResult.Rejected.class);
    assertThat(((MatchResult.Rejected) result).failures())
        .extracting(CriterionResult::criterion).containsExactly(Criterion.MEDIA_CONDITION);
    assertThat(result.explain()).contains("media condition (no): VG against minimum VG+");
  }

  @Test
  void equalGradeMatches() {
    AlertCriteria criteria = AlertCriteria.builder()
        .minMediaCondition(MediaCondition.VERY_GOOD_PLUS).minSleeveCondition(MediaCondition.VERY_GOOD).build();

    assertThat(evaluate(aListing().withMedia(MediaCondition.VERY_GOOD_PLUS).withSleeve(SleeveCondition.VERY_GOOD).build(),
        criteria).isMatch()).isTrue();
  }

  @Test
  void genericSleeveFailsAMinimumSleeveAndNotGradedIsNotJudged() {
    AlertCriteria criteria = AlertCriteria.builder().minSleeveCondition(MediaCondition.GOOD).build();

    MatchResult generic = evaluate(aListing().withSleeve(SleeveCondition.GENERIC).build(), criteria);
    MatchResult notGraded = evaluate(aListing().withSleeve(SleeveCondition.NOT_GRADED).build(), criteria);
    MatchResult noRule = evaluate(aListing().withSleeve(SleeveCondition.NO_COVER).build(), AlertCriteria.none());

    assertThat(generic.isMatch()).isFalse();
    assertThat(generic.explain()).contains("not a graded original sleeve");
    assertThat(notGraded.isMatch()).isTrue();
    assertThat(notGraded.notJudged()).extracting(CriterionResult::criterion).containsExactly(Criterion.SLEEVE_CONDITION);
    assertThat(noRule.isMatch()).as("no sleeve criterion: any sleeve passes").isTrue();
  }

  @Test
  void shipsFromIncludeListIsCaseInsensitive() {
    AlertCriteria criteria = AlertCriteria.builder().shipsFrom(ShipsFromFilter.onlyFrom(List.of("germany", "France"))).build();

    assertThat(evaluate(aListing().shippingFrom("Germany").build(), criteria).isMatch()).isTrue();
    assertThat(evaluate(aListing().shippingFrom("United States").build(), criteria).isMatch()).isFalse();
    assertThat(verdictOf(evaluate(aListing().shippingFrom(null).build(), criteria), Criterion.SHIPS_FROM))
        .isEqualTo(Verdict.NOT_JUDGED);
  }

  @Test
  void shipsFromExcludeListRejectsListedCountries() {
    AlertCriteria criteria = AlertCriteria.builder().shipsFrom(ShipsFromFilter.notFrom(List.of("Japan"))).build();

    assertThat(evaluate(aListing().shippingFrom("Japan").build(), criteria).isMatch()).isFalse();
    assertThat(evaluate(aListing().shippingFrom("UK").build(), criteria).isMatch()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({"Germany, true", "france, true", "Russia, false", "Japan, false"})
  void shipsFromWantedAndExcludedCountriesHoldTogether(String country, boolean matches) {
    AlertCriteria criteria = AlertCriteria.builder()
        .shipsFrom(new ShipsFromFilter(Set.of("Germany", "France"), Set.of("russia"))).build();

    MatchResult result = evaluate(aListing().shippingFrom(country).build(), criteria);

    assertThat(result.isMatch()).isEqualTo(matches);
    assertThat(result.results()).filteredOn(r -> r.criterion() == Criterion.SHIPS_FROM).singleElement()
        .satisfies(r -> assertThat(r.required()).isEqualTo("one of France, Germany; none of russia"));
  }

  @Test
  void anExcludedCountryIsRefusedEvenWhenItIsAlsoWanted() {
    AlertCriteria criteria = AlertCriteria.builder()
        .shipsFrom(new ShipsFromFilter(Set.of("Germany", "Japan"), Set.of("Japan"))).build();

    assertThat(evaluate(aListing().shippingFrom("Japan").build(), criteria).isMatch()).isFalse();
    assertThat(evaluate(aListing().shippingFrom("Germany").build(), criteria).isMatch()).isTrue();
    assertThat(matcher.matches(aListing().shippingFrom("Japan").build(), criteria, ReferencePrices.none())).isFalse();
  }

  @Test
  void onlyAnExclusionLeavesEveryOtherCountryAndAnUnknownOneIsNotJudged() {
    AlertCriteria criteria = AlertCriteria.builder().shipsFrom(ShipsFromFilter.any().withNotFrom(List.of("Japan")))
        .build();

    assertThat(evaluate(aListing().shippingFrom("Brazil").build(), criteria).isMatch()).isTrue();
    MatchResult unknown = evaluate(aListing().shippingFrom(null).build(), criteria);
    assertThat(unknown.isMatch()).isTrue();
    assertThat(verdictOf(unknown, Criterion.SHIPS_FROM)).isEqualTo(Verdict.NOT_JUDGED);
  }

  @Test
  void anEntryAskingNothingButAvailabilityIsToldApartFromOneWithCriteria() {
    assertThat(AlertCriteria.none().isAvailabilityOnly()).isTrue();
    assertThat(AlertCriteria.builder().blockedSellers(Set.of("shady")).build().isAvailabilityOnly())
        .as("blocked sellers only say whom to ignore").isTrue();
    assertThat(AlertCriteria.builder().minMediaCondition(MediaCondition.VERY_GOOD).build().isAvailabilityOnly()).isFalse();
    assertThat(AlertCriteria.builder().shipsFrom(ShipsFromFilter.notFrom(List.of("Japan"))).build().isAvailabilityOnly())
        .isFalse();
    assertThat(AlertCriteria.builder().minSellerFeedback(10).build().isAvailabilityOnly()).isFalse();
    assertThat(AlertCriteria.builder().underpricedPercent(20).build().isAvailabilityOnly()).isFalse();
  }

  @ParameterizedTest
  @CsvSource({"98.5, true", "98.4, false", "100, true"})
  void sellerRatingAtOrAboveTheMinimumMatches(String rating, boolean matches) {
    AlertCriteria criteria = AlertCriteria.builder().minSellerRating(new BigDecimal("98.5")).build();

    assertThat(evaluate(aListing().bySeller("shop", rating, 10).build(), criteria).isMatch()).isEqualTo(matches);
  }

  @Test
  void sellerWithoutRatingOrFeedbackIsNotJudged() {
    AlertCriteria criteria = AlertCriteria.builder().minSellerRating(new BigDecimal("99")).minSellerFeedback(100).build();

    MatchResult result = evaluate(aListing().bySeller("newshop", null, null).build(), criteria);

    assertThat(result.isMatch()).isTrue();
    assertThat(result.notJudged()).extracting(CriterionResult::criterion)
        .containsExactly(Criterion.SELLER_RATING, Criterion.SELLER_FEEDBACK);
  }

  @Test
  void sellerBelowMinFeedbackIsRejected() {
    AlertCriteria criteria = AlertCriteria.builder().minSellerFeedback(100).build();

    assertThat(evaluate(aListing().bySeller("shop", "100", 99).build(), criteria).isMatch()).isFalse();
    assertThat(evaluate(aListing().bySeller("shop", "100", 100).build(), criteria).isMatch()).isTrue();
  }

  @Test
  void blockedSellerIsNeverAlertedWhateverTheCase() {
    AlertCriteria criteria = AlertCriteria.builder().blockedSellers(Set.of("BadShop")).build();

    assertThat(evaluate(aListing().bySeller("badshop", "100", 5000).build(), criteria).isMatch()).isFalse();
    assertThat(evaluate(aListing().bySeller("goodshop", "100", 5000).build(), criteria).isMatch()).isTrue();
  }

  @Test
  void underpricedWhenAtLeastThePercentageUnderTheReferenceForThatGrade() {
    AlertCriteria criteria = AlertCriteria.builder().underpricedPercent(30).build();
    ReferencePrices reference = new ReferencePrices(
        Map.of(MediaCondition.VERY_GOOD_PLUS, Money.of("40.00", "EUR"), MediaCondition.NEAR_MINT, Money.of("60.00", "EUR")),
        null);

    MatchResult atThreshold = evaluate(aListing().withPrice("28.00", "EUR").build(), criteria, reference);
    MatchResult above = evaluate(aListing().withPrice("28.01", "EUR").build(), criteria, reference);
    MatchResult nearMint = evaluate(aListing().withPrice("40.00", "EUR").withMedia(MediaCondition.NEAR_MINT).build(),
        criteria, reference);

    assertThat(atThreshold).isInstanceOf(MatchResult.Matched.class);
    assertThat(((MatchResult.Matched) atThreshold).type()).isEqualTo(AlertType.UNDERPRICED);
    assertThat(atThreshold.explain()).contains("at least 30 % under the reference 40.00 EUR");
    assertThat(above.isMatch()).isFalse();
    assertThat(nearMint.isMatch()).isTrue();
  }

  @Test
  void noReferenceNoUnderpricedVerdict() {
    AlertCriteria criteria = AlertCriteria.builder().underpricedPercent(30).build();

    MatchResult result = evaluate(aListing().withPrice("0.50", "EUR").build(), criteria);

    assertThat(result.isMatch()).isFalse();
    assertThat(verdictOf(result, Criterion.UNDERPRICED)).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(result.explain()).contains("no reference price");
  }

  @Test
  void eitherPriceTriggerIsEnoughAndPriceMatchWinsWhenBothHold() {
    AlertCriteria criteria = AlertCriteria.builder()
        .maxPrice(Money.of("25.00", "EUR")).underpricedPercent(50).build();
    ReferencePrices reference = ReferencePrices.overall(Money.of("100.00", "EUR"));

    MatchResult onlyUnderpriced = evaluate(aListing().withPrice("30.00", "EUR").build(), criteria,
        ReferencePrices.overall(Money.of("100.00", "EUR")));
    MatchResult both = evaluate(aListing().withPrice("20.00", "EUR").build(), criteria, reference);
    MatchResult neither = evaluate(aListing().withPrice("60.00", "EUR").build(), criteria, reference);

    assertThat(((MatchResult.Matched) onlyUnderpriced).type()).isEqualTo(AlertType.UNDERPRICED);
    assertThat(((MatchResult.Matched) both).type()).isEqualTo(AlertType.PRICE_MATCHED);
    assertThat(neither.isMatch()).isFalse();
  }

  @Test
  void aFailedNonPriceCriterionBeatsAPriceMatch() {
    AlertCriteria criteria = AlertCriteria.builder()
        .maxPrice(Money.of("25.00", "EUR")).minMediaCondition(MediaCondition.NEAR_MINT).build();

    MatchResult result = evaluate(aListing().withPrice("10.00", "EUR").withMedia(MediaCondition.VERY_GOOD).build(), criteria);

    assertThat(result.isMatch()).isFalse();
    assertThat(verdictOf(result, Criterion.MAX_PRICE)).isEqualTo(Verdict.PASSED);
  }

  @Test
  void statsMatchOnLowestPriceAndListOtherCriteriaAsNotJudged() {
    AlertCriteria criteria = AlertCriteria.builder()
        .maxPrice(Money.of("25.00", "EUR")).minMediaCondition(MediaCondition.VERY_GOOD_PLUS)
        .minSellerRating(new BigDecimal("99")).shipsFrom(ShipsFromFilter.onlyFrom(List.of("Germany"))).build();
    MarketStats stats = new MarketStats(249504, Money.of("7.679804607882764", "USD"), 26, false);

    MatchResult result = matcher.evaluateStats(stats, criteria, ReferencePrices.none());

    assertThat(result.isMatch()).isTrue();
    assertThat(result.explain()).contains("lowest price 7.68 USD (6.14 EUR) is at most 25.00 EUR");
    assertThat(result.notJudged()).extracting(CriterionResult::criterion)
        .containsExactly(Criterion.MEDIA_CONDITION, Criterion.SHIPS_FROM, Criterion.SELLER_RATING);
    assertThat(result.explain()).contains("check it on the sell page");
  }

  @Test
  void everyVerdictCarriesTheListingsFigureAndTheEntrysDemand() {
    AlertCriteria criteria = AlertCriteria.builder()
        .maxPrice(Money.of("20.00", "EUR")).underpricedPercent(30)
        .minMediaCondition(MediaCondition.VERY_GOOD).minSleeveCondition(MediaCondition.VERY_GOOD)
        .shipsFrom(ShipsFromFilter.onlyFrom(List.of("Germany", "France")))
        .minSellerRating(new BigDecimal("98.5")).minSellerFeedback(50).blockedSellers(Set.of("badshop")).build();
    Listing listing = aListing().withPrice("25.00", "USD").withMedia(MediaCondition.NEAR_MINT)
        .withSleeve(SleeveCondition.VERY_GOOD_PLUS).bySeller("goodshop", null, 1200).shippingFrom("Germany").build();
    ReferencePrices reference = new ReferencePrices(Map.of(MediaCondition.NEAR_MINT, Money.of("40.00", "EUR")), null);

    MatchResult result = evaluate(listing, criteria, reference);

    assertThat(result.results()).extracting(CriterionResult::criterion, CriterionResult::observed,
            CriterionResult::required)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Criterion.MAX_PRICE, "25.00 USD (20.00 EUR)", "at most 20.00 EUR"),
            org.assertj.core.groups.Tuple.tuple(Criterion.UNDERPRICED, "25.00 USD (20.00 EUR)",
                "at most 28.00 EUR (30 % under 40.00 EUR)"),
            org.assertj.core.groups.Tuple.tuple(Criterion.MEDIA_CONDITION, "NM", "at least VG"),
            org.assertj.core.groups.Tuple.tuple(Criterion.SLEEVE_CONDITION, "VG+", "at least VG"),
            org.assertj.core.groups.Tuple.tuple(Criterion.SHIPS_FROM, "Germany", "one of France, Germany"),
            org.assertj.core.groups.Tuple.tuple(Criterion.SELLER_RATING, null, "at least 98.5 %"),
            org.assertj.core.groups.Tuple.tuple(Criterion.SELLER_FEEDBACK, "1200 ratings", "at least 50 ratings"),
            org.assertj.core.groups.Tuple.tuple(Criterion.BLOCKED_SELLER, "goodshop", "not a blocked seller"));
    assertThat(result.results()).extracting(CriterionResult::verdict).containsExactly(Verdict.PASSED,
        Verdict.PASSED, Verdict.PASSED, Verdict.PASSED, Verdict.PASSED, Verdict.NOT_JUDGED, Verdict.PASSED,
        Verdict.PASSED);
  }

  @Test
  void statsVerdictsOfUnjudgeableCriteriaNameWhatIsWantedWithoutAFigure() {
    AlertCriteria criteria = AlertCriteria.builder().maxPrice(Money.of("25.00", "EUR"))
        .minMediaCondition(MediaCondition.VERY_GOOD_PLUS).build();

    MatchResult result = matcher.evaluateStats(new MarketStats(1, Money.of("9.00", "EUR"), 3, false), criteria,
        ReferencePrices.none());

    assertThat(result.notJudged()).singleElement().satisfies(verdict -> {
      assertThat(verdict.observed()).isNull();
      assertThat(verdict.required()).isEqualTo("at least VG+");
      assertThat(verdict.reason()).startsWith("at least VG+ wanted; ");
    });
    assertThat(result.results().get(0).observed()).isEqualTo("lowest price 9.00 EUR");
  }

  @Test
  void statsWithNothingForSaleNeverMatch() {
    AlertCriteria criteria = AlertCriteria.builder().maxPrice(Money.of("25.00", "EUR")).build();

    MatchResult blocked = matcher.evaluateStats(new MarketStats(1, null, null, true), criteria, ReferencePrices.none());
    MatchResult empty = matcher.evaluateStats(new MarketStats(1, null, null, false), AlertCriteria.none(), ReferencePrices.none());

    assertThat(blocked.isMatch()).isFalse();
    assertThat(blocked.explain()).contains("blocks this release from sale");
    assertThat(empty.isMatch()).isFalse();
    assertThat(empty.explain()).isEqualTo("nothing for sale");
  }

  @Test
  void statsUnderpricedUsesTheReferenceOfTheWantedGrade() {
    AlertCriteria criteria = AlertCriteria.builder().underpricedPercent(25).minMediaCondition(MediaCondition.NEAR_MINT).build();
    ReferencePrices reference = new ReferencePrices(Map.of(MediaCondition.NEAR_MINT, Money.of("80.00", "EUR")), null);

    MatchResult result = matcher.evaluateStats(new MarketStats(1, Money.of("60.00", "EUR"), 3, false), criteria, reference);

    assertThat(result).isInstanceOf(MatchResult.Matched.class);
    assertThat(((MatchResult.Matched) result).type()).isEqualTo(AlertType.UNDERPRICED);
  }

  @Test
  void couldMatchGatesListingFetchesOnTheLowestPrice() {
    AlertCriteria max = AlertCriteria.builder().maxPrice(Money.of("25.00", "EUR")).build();
    AlertCriteria under = AlertCriteria.builder().underpricedPercent(50).build();

    assertThat(matcher.couldMatch(new MarketStats(1, Money.of("25.00", "EUR"), 2, false), max, ReferencePrices.none())).isTrue();
    assertThat(matcher.couldMatch(new MarketStats(1, Money.of("25.01", "EUR"), 2, false), max, ReferencePrices.none())).isFalse();
    assertThat(matcher.couldMatch(new MarketStats(1, null, null, false), AlertCriteria.none(), ReferencePrices.none())).isFalse();
    assertThat(matcher.couldMatch(new MarketStats(1, Money.of("99", "EUR"), 2, false), AlertCriteria.none(), ReferencePrices.none())).isTrue();
    assertThat(matcher.couldMatch(new MarketStats(1, Money.of("40", "EUR"), 2, false), under,
        new ReferencePrices(Map.of(MediaCondition.MINT, Money.of("80", "EUR")), null))).isTrue();
    assertThat(matcher.couldMatch(new MarketStats(1, Money.of("40.01", "EUR"), 2, false), under,
        new ReferencePrices(Map.of(MediaCondition.MINT, Money.of("80", "EUR")), null))).isFalse();
    assertThat(matcher.couldMatch(new MarketStats(1, Money.of("1", "EUR"), 2, false), under, ReferencePrices.none()))
        .as("no reference: no listing can be underpriced").isFalse();
  }

  @Test
  void criteriaValidateThemselves() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AlertCriteria.builder().underpricedPercent(0).build())
        .hasMessageContaining("underpriced percentage");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AlertCriteria.builder().minSellerRating(new BigDecimal("100.1")).build())
        .hasMessageContaining("seller rating");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> AlertCriteria.builder().maxPrice(Money.of("0", "EUR")).build())
        .hasMessageContaining("max price");
  }
}
