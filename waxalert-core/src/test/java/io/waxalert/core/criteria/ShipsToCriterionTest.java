package io.waxalert.core.criteria;

import static io.waxalert.core.testing.ListingTestData.aListing;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The buyer's country against the sell page's "Unavailable in" note (issue 12). */
class ShipsToCriterionTest {

  private final CriteriaMatcher matcher = CriteriaMatcher.standard(FixedExchangeRates.approximate());

  private static AlertCriteria buyerIn(String country) {
    return AlertCriteria.builder().maxPrice(Money.of("25.00", "EUR")).buyerCountry(country).build();
  }

  private MatchResult evaluate(Listing listing, AlertCriteria criteria) {
    MatchResult result = matcher.evaluate(listing, criteria, ReferencePrices.none());
    assertThat(matcher.matches(listing, criteria, ReferencePrices.none())).as("fast path agrees")
        .isEqualTo(result.isMatch());
    return result;
  }

  private static CriterionResult shipsTo(MatchResult result) {
    return result.results().stream().filter(r -> r.criterion() == Criterion.SHIPS_TO).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "buyer in ''{0}'', listing unavailable in ''{1}'' → {2}")
  @CsvSource(delimiter = '|', value = {
      "Germany        | Germany          | FAILED",
      "germany        | GERMANY          | FAILED",
      "' Germany '    | Germany          | FAILED",
      "United States  | 'United  States' | FAILED",
      "Germany        | France           | NOT_JUDGED",
      "United Kingdom | United States    | NOT_JUDGED",
  })
  void theNoteDecidesOnlyForTheBuyersOwnCountry(String buyer, String unavailableIn, Verdict expected) {
    MatchResult result = evaluate(aListing().withPrice("10.00", "EUR").unavailableIn(unavailableIn).build(),
        buyerIn(buyer));

    assertThat(shipsTo(result).verdict()).isEqualTo(expected);
    assertThat(result.isMatch()).isEqualTo(expected != Verdict.FAILED);
  }

  @Test
  void aListingUnavailableInTheBuyersCountryIsNeverAlertedAndTheExplanationSaysWhy() {
    MatchResult result = evaluate(aListing().withPrice("1.00", "EUR").unavailableIn("Germany").build(),
        buyerIn("Germany"));

    assertThat(result).isInstanceOf(MatchResult.Rejected.class);
    CriterionResult verdict = shipsTo(result);
    assertThat(verdict.reason()).isEqualTo("unavailable in Germany, your country");
    assertThat(verdict.observed()).isEqualTo("unavailable in Germany");
    assertThat(verdict.required()).isEqualTo("buyable in Germany");
    assertThat(((MatchResult.Rejected) result).failures()).extracting(CriterionResult::criterion)
        .containsExactly(Criterion.SHIPS_TO);
    assertThat(result.explain()).contains("ships to you (no): unavailable in Germany, your country");
  }

  @Test
  void aNoteForAnotherCountryIsNotJudgedAndSaysWhy() {
    MatchResult result = evaluate(aListing().withPrice("10.00", "EUR").unavailableIn("France").build(),
        buyerIn("Germany"));

    assertThat(result.isMatch()).isTrue();
    assertThat(result.notJudged()).extracting(CriterionResult::criterion).containsExactly(Criterion.SHIPS_TO);
    assertThat(shipsTo(result).reason()).contains("visitor from France").contains("ships to Germany is unknown");
  }

  @Test
  void noNotePassesWithNoRestrictionShown() {
    MatchResult result = evaluate(aListing().withPrice("10.00", "EUR").build(), buyerIn("Germany"));

    assertThat(result.isMatch()).isTrue();
    CriterionResult verdict = shipsTo(result);
    assertThat(verdict.verdict()).isEqualTo(Verdict.PASSED);
    assertThat(verdict.observed()).isNull();
    assertThat(verdict.reason()).isEqualTo("Discogs shows no restriction");
  }

  @Test
  void withoutABuyerCountryTheCriterionIsNotSetAndTheNoteIsIgnored() {
    AlertCriteria criteria = AlertCriteria.builder().maxPrice(Money.of("25.00", "EUR")).buyerCountry("  ").build();

    MatchResult result = evaluate(aListing().withPrice("10.00", "EUR").unavailableIn("Germany").build(), criteria);

    assertThat(criteria.buyerCountry()).isNull();
    assertThat(result.isMatch()).isTrue();
    assertThat(result.results()).extracting(CriterionResult::criterion).doesNotContain(Criterion.SHIPS_TO);
  }

  @Test
  void itComesRightAfterShipsFromInTheVerdicts() {
    AlertCriteria criteria = buyerIn("Germany").toBuilder()
        .shipsFrom(io.waxalert.core.criteria.ShipsFromFilter.onlyFrom(java.util.List.of("Germany")))
        .minSellerRating(new java.math.BigDecimal("98")).build();

    MatchResult result = evaluate(aListing().withPrice("10.00", "EUR").build(), criteria);

    assertThat(result.results()).extracting(CriterionResult::criterion)
        .containsExactly(Criterion.MAX_PRICE, Criterion.SHIPS_FROM, Criterion.SHIPS_TO, Criterion.SELLER_RATING);
  }

  @Test
  void marketStatsLeaveItUnjudgedLikeTheOtherListingCriteria() {
    MarketStats stats = new MarketStats(249504, Money.of("10.00", "EUR"), 3, false);

    MatchResult result = matcher.evaluateStats(stats, buyerIn("Germany"), ReferencePrices.none());

    assertThat(result.isMatch()).isTrue();
    CriterionResult verdict = shipsTo(result);
    assertThat(verdict.verdict()).isEqualTo(Verdict.NOT_JUDGED);
    assertThat(verdict.required()).isEqualTo("buyable in Germany");
    assertThat(verdict.reason()).contains("check it on the sell page");
  }

  @Test
  void aCountryAloneIsNoListingCriterionSoAutoDoesNotReadTheSellPageForIt() {
    assertThat(buyerIn("Germany").hasListingCriteria()).isFalse();
    assertThat(buyerIn("Germany").toBuilder().minMediaCondition(MediaCondition.VERY_GOOD).build()
        .hasListingCriteria()).isTrue();
  }

  @Test
  void theAccountsCountryIsMergedInAndKeptByToBuilder() {
    AlertCriteria entry = AlertCriteria.builder().maxPrice(Money.of("25.00", "EUR")).build();

    AlertCriteria merged = entry.withBuyerCountry(" Germany ");

    assertThat(merged.buyerCountry()).isEqualTo("Germany");
    assertThat(merged.toBuilder().build()).isEqualTo(merged);
    assertThat(entry.withBuyerCountry(null)).isSameAs(entry);
  }
}
