package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.Verdict;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.core.testing.AlertTestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mail's content, rendered without a server. */
class AlertMailTest {

  private final AlertMail mail = new AlertMail(new AlertFacts(FixedExchangeRates.approximate()),
      new AlertLinks("https://wax.example/"));

  private static Alert listingAlert(String title, String seller) {
    return AlertTestData.anAlert().titled(title).ofListing(77).withPrice("12.50", "USD").withShipping(null, null)
        .bySeller(seller, "99.5").withGrades(MediaCondition.parse("VG+"), SleeveCondition.parse("VG"))
        .withVerdicts(
            new CriterionResult(Criterion.MAX_PRICE, Verdict.PASSED, "12.50 USD", "at most 20.00 USD",
                "12.50 USD is at most 20.00 USD"),
            new CriterionResult(Criterion.MEDIA_CONDITION, Verdict.PASSED, "VG+", "at least VG", "VG+ is at least VG"))
        .build();
  }

  @Test
  void aListingAlertCarriesPriceConvertedConditionSellerShipsFromReasonsLinksAndAttribution() {
    Alert alert = listingAlert("Rick Astley – Never Gonna Give You Up", "CrateDigger");

    AlertMail.Rendered r = mail.render(List.of(alert), Currency.valueOf("EUR"), "https://wax.example/unsubscribe/t");

    assertThat(r.subject()).isEqualTo("WaxAlert: Rick Astley – Never Gonna Give You Up for 12.50 USD");
    for (String part : List.of(r.text(), r.html())) {
      assertThat(part).contains("12.50 USD (about ", " EUR)", "Very Good Plus (VG+)", "Very Good (VG)",
          "CrateDigger (99.5% positive)", "Ships from: Germany", "12.50 USD is at most 20.00 USD",
          "https://www.discogs.com/sell/item/77", "https://wax.example/entries/" + alert.entryId(),
          "Data provided by Discogs.", "not affiliated with", "https://wax.example/unsubscribe/t");
    }
    assertThat(r.text()).doesNotContain("(ok)");
  }

  @Test
  void userContentIsEscapedInTheHtmlPart() {
    Alert alert = listingAlert("<script>alert(1)</script> & \"Co\"", "<b>evil</b>");

    AlertMail.Rendered r = mail.render(List.of(alert), Currency.valueOf("USD"), "https://wax.example/u/x");

    assertThat(r.html()).doesNotContain("<script>", "<b>evil")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot;", "&lt;b&gt;evil&lt;/b&gt;");
    assertThat(r.html()).doesNotContain("about"); // same currency: no conversion
  }

  @Test
  void aStatsAlertLinksTheSellPageAndListsTheCriteriaStillToCheck() {
    Alert alert = AlertTestData.anAlert().titled("A – B").ofStats("9.00", "EUR").withVerdicts(
        new CriterionResult(Criterion.MAX_PRICE, Verdict.PASSED, "lowest price 9.00 EUR", "at most 10.00 EUR",
            "9.00 EUR is at most 10.00 EUR"),
        new CriterionResult(Criterion.MEDIA_CONDITION, Verdict.NOT_JUDGED, null, "at least VG+",
            "market summary has no grades")).build();

    AlertMail.Rendered r = mail.render(List.of(alert), Currency.valueOf("EUR"), "https://wax.example/u/x");

    assertThat(r.text()).contains("See the offers on Discogs: https://www.discogs.com/sell/release/249504",
        "Still to check on the sell page", "media condition: market summary has no grades")
        .doesNotContain("Seller:", "Media condition:");
  }

  @Test
  void aDigestNamesEveryAlert() {
    AlertMail.Rendered r = mail.render(List.of(listingAlert("One – A", "s"), listingAlert("Two – B", "s")),
        Currency.valueOf("USD"), "https://wax.example/u/x");

    assertThat(r.subject()).startsWith("WaxAlert: 2 new matches");
    assertThat(r.text()).contains("One – A", "Two – B");
  }

  @Test
  void shippingTotalAndTheSellersRatingsAreShownWhereKnown() {
    Alert alert = AlertTestData.anAlert().withPrice("20.00", "EUR").withShipping("5.00", "EUR")
        .bySeller("goodshop", "99.5").build();

    AlertMail.Rendered r = mail.render(List.of(alert), Currency.EUR, "https://wax.example/u/x");

    assertThat(r.text()).contains("Shipping: 5.00 EUR", "Total: 25.00 EUR",
        "Seller: goodshop (99.5% positive), 1200 ratings");
  }

  @Test
  void aPriceTriggerThatDidNotHoldBesideTheOneThatDidIsSaidPlainly() {
    Alert alert = AlertTestData.anAlert().underpriced().withVerdicts(
        new CriterionResult(Criterion.MAX_PRICE, Verdict.FAILED, "30.00 EUR", "at most 25.00 EUR",
            "30.00 EUR is over 25.00 EUR"),
        new CriterionResult(Criterion.UNDERPRICED, Verdict.PASSED, "30.00 EUR", "at most 35.00 EUR",
            "30.00 EUR is at least 30 % under the reference 50.00 EUR (35.00 EUR or less)")).build();

    AlertMail.Rendered r = mail.render(List.of(alert), Currency.EUR, "https://wax.example/u/x");

    assertThat(r.text()).contains("Underpriced: ", "max price (not met): 30.00 EUR is over 25.00 EUR",
        "underpriced: 30.00 EUR is at least 30 % under");
  }
}
