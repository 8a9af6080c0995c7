package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.Verdict;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.core.testing.AlertTestData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The mail's content, rendered with the precompiled JTE templates and without a server. */
class AlertMailTest {

  private static final AlertDetails RICK = new AlertDetails("Rick Astley", "Never Gonna Give You Up",
      "https://i.discogs.com/cover-249504.jpg", "Vinyl, 7\", Single", "PB 41447", 1987, null, null);

  private static AlertMail mail(AlertDetails details) {
    return new AlertMail(new MailTemplates(), new AlertFacts(FixedExchangeRates.approximate()),
        new AlertLinks("https://wax.example/"), alert -> details);
  }

  private static Alert listingAlert(String title, String seller) {
    return AlertTestData.anAlert().titled(title).ofListing(77).withPrice("12.50", "USD").withShipping("4.00", "USD")
        .bySeller(seller, "99.5").withGrades(MediaCondition.parse("VG+"), SleeveCondition.parse("VG"))
        .withVerdicts(
            new CriterionResult(Criterion.MAX_PRICE, Verdict.PASSED, "12.50 USD", "at most 20.00 USD",
                "12.50 USD is at most 20.00 USD"),
            new CriterionResult(Criterion.MEDIA_CONDITION, Verdict.PASSED, "VG+", "at least VG", "VG+ is at least VG"),
            new CriterionResult(Criterion.SHIPS_FROM, Verdict.NOT_JUDGED, null, "from Germany",
                "the listing gives no origin"))
        .build();
  }

  @Test
  void aListingMailCarriesReleaseCoverOfferShippingTotalSellerLinksAndAttributionInBothParts() {
    Alert alert = listingAlert("Rick Astley – Never Gonna Give You Up", "CrateDigger");

    AlertMail.Rendered r = mail(RICK).render(List.of(alert), Currency.EUR, "https://wax.example/unsubscribe/t");

    assertThat(r.subject()).isEqualTo("WaxAlert: Rick Astley – Never Gonna Give You Up for 12.50 USD");
    for (String part : List.of(r.text(), r.html())) {
      assertThat(part).contains("Rick Astley – Never Gonna Give You Up", "Vinyl, 7", "Single · PB 41447 · 1987",
          "12.50 USD (about ", " EUR)", "4.00 USD (about ", "about ", "(16.50 USD)",
          "Very Good Plus (VG+)", "Very Good (VG)", "CrateDigger, 99.5 % positive from 1,200 ratings",
          "Germany", "Buy it on Discogs", "https://www.discogs.com/sell/item/77",
          "Price: 12.50 USD, you asked for at most 20.00 USD.",
          "Media condition: VG+, you asked for at least VG.",
          "Ships from: the listing does not tell; you asked for from Germany. Check it before you buy.",
          "https://wax.example/entries/" + alert.entryId(),
          "Data provided by Discogs.", "not affiliated with", "https://wax.example/unsubscribe/t")
          .doesNotContain("market summary", "Price match", "Down from");
    }
    assertThat(r.text()).contains("Shipping: 4.00 USD", "Total: about ", "Seller: CrateDigger",
        "Buy it on Discogs: https://www.discogs.com/sell/item/77").doesNotContain("<", "&quot;", "&amp;");
    assertThat(r.html()).contains("<img class=\"cover\" src=\"https://i.discogs.com/cover-249504.jpg\"",
        "alt=\"Cover of Rick Astley – Never Gonna Give You Up\"", "<a class=\"buy\" href=\"https://www.discogs.com/sell/item/77\"",
        "<a class=\"unsubscribe\" href=\"https://wax.example/unsubscribe/t\"", "Vinyl, 7\", Single");
  }

  @Test
  void userAndDiscogsContentIsEscapedInTheHtmlPartAndLeftAsWrittenInTheText() {
    Alert alert = listingAlert("<script>alert(1)</script> & \"Co\"", "<b>evil</b>");

    AlertMail.Rendered r = mail(AlertDetails.none()).render(List.of(alert), Currency.USD, "https://wax.example/u/x");

    assertThat(r.html()).doesNotContain("<script>", "<b>evil")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; \"Co\"", "&lt;b&gt;evil&lt;/b&gt;")
        .doesNotContain("<img", "(about"); // no cover known; same currency: no conversion
    assertThat(r.text()).contains("<script>alert(1)</script> & \"Co\"", "Seller: <b>evil</b>, 99.5 % positive",
        "Total: 16.50 USD");
  }

  @Test
  void aQuoteInTheReleaseTitleCannotLeaveTheCoversAltAttribute() {
    AlertDetails quoted = new AlertDetails("A", "B\" onerror=\"alert(1)", "https://i.discogs.com/c.jpg?a=1&b=2",
        null, null, null, null, null);

    AlertMail.Rendered r = mail(quoted).render(List.of(listingAlert("A – B", "s")), Currency.USD, "https://wax.example/u/x");

    assertThat(r.html()).contains("src=\"https://i.discogs.com/c.jpg?a=1&amp;b=2\"",
        "alt=\"Cover of A – B&#34; onerror=&#34;alert(1)\"").doesNotContain("alt=\"Cover of A – B\" onerror");
  }

  @Test
  void aPriceDropSaysWhatItCameDownFrom() {
    AlertDetails dropped = new AlertDetails("Rick Astley", "Never Gonna Give You Up", null, null, null, null,
        Money.of("15.00", "EUR"), "at the check before");
    Alert alert = AlertTestData.anAlert().withPrice("12.50", "EUR").withShipping("3.00", "EUR").build();

    AlertMail.Rendered r = mail(dropped).render(List.of(alert), Currency.EUR, "https://wax.example/u/x");

    assertThat(r.text()).contains("Price: 12.50 EUR\nDown from: 15.00 EUR at the check before\n"
        + "Shipping: 3.00 EUR\nTotal: 15.50 EUR\n");
    assertThat(r.html()).contains(">Down from</th>", ">15.00 EUR at the check before</td>");
  }

  @Test
  void aStatsMailSaysItJudgedTheLowestPriceOnlyAndNeverThatTheConditionMatched() {
    Alert alert = AlertTestData.anAlert().ofStats("9.00", "EUR").withVerdicts(
        new CriterionResult(Criterion.MAX_PRICE, Verdict.PASSED, "lowest price 9.00 EUR", "at most 10.00 EUR",
            "9.00 EUR is at most 10.00 EUR"),
        new CriterionResult(Criterion.MEDIA_CONDITION, Verdict.NOT_JUDGED, null, "at least VG+",
            "market summary has no grades"),
        new CriterionResult(Criterion.SELLER_FEEDBACK, Verdict.NOT_JUDGED, null, "at least 100 ratings",
            "market summary has no sellers")).build();

    AlertMail.Rendered r = mail(RICK).render(List.of(alert), Currency.EUR, "https://wax.example/u/x");

    for (String part : List.of(r.text(), r.html())) {
      assertThat(part).contains("The lowest price fits your maximum.", "Lowest price", "9.00 EUR",
          "See the offers on Discogs", "https://www.discogs.com/sell/release/249504",
          "Price: lowest price 9.00 EUR, you asked for at most 10.00 EUR.",
          "Condition, seller and shipping origin were not checked: check them on the sell page.",
          "You asked for media condition at least VG+.", "You asked for a seller with at least 100 ratings.")
          .doesNotContain("Price match", "Media condition:", "Seller:", "Shipping", "Total", "fits your criteria");
    }
  }

  @Test
  void aStatsMailRaisedBecauseTheListingsCouldNotBeReadSaysWhy() {
    Alert alert = AlertTestData.anAlert().ofStats("9.00", "EUR").unverifiedBecause("Discogs refused the sell page")
        .build();

    AlertMail.Rendered r = mail(RICK).render(List.of(alert), Currency.EUR, "https://wax.example/u/x");

    assertThat(r.text()).contains("WaxAlert could not read the single listings (Discogs refused the sell page),"
        + " so it judged the lowest price only.");
  }

  @Test
  void aDigestNamesItsFirstReleasesInTheSubjectAndEveryOfferInTheBody() {
    AlertMail.Rendered r = mail(AlertDetails.none()).render(List.of(listingAlert("One – A", "s"),
        listingAlert("Two – B", "s"), listingAlert("Three – C", "s")), Currency.USD, "https://wax.example/u/x");

    assertThat(r.subject()).isEqualTo("WaxAlert: 3 offers: One – A, Two – B and 1 more");
    assertThat(r.text()).startsWith("3 offers for records on your wanted list.\n\n")
        .contains("One – A", "Two – B", "Three – C");
    assertThat(r.html()).contains("<p class=\"intro\"");
  }

  @Test
  void aPriceTriggerThatDidNotHoldBesideTheOneThatDidIsSaidPlainly() {
    Alert alert = AlertTestData.anAlert().underpriced().withVerdicts(
        new CriterionResult(Criterion.MAX_PRICE, Verdict.FAILED, "30.00 EUR", "at most 25.00 EUR",
            "30.00 EUR is over 25.00 EUR"),
        new CriterionResult(Criterion.UNDERPRICED, Verdict.PASSED, "30.00 EUR", "at most 35.00 EUR",
            "30.00 EUR is at least 30 % under the reference 50.00 EUR (35.00 EUR or less)")).build();

    AlertMail.Rendered r = mail(AlertDetails.none()).render(List.of(alert), Currency.EUR, "https://wax.example/u/x");

    assertThat(r.text()).contains("A copy is offered well under the usual price.",
        "Price: 30.00 EUR, not at most 25.00 EUR; your other price rule matched.",
        "Under the usual price: 30.00 EUR, you asked for at most 35.00 EUR.");
  }

  @Test
  void anAvailabilityMailSaysTheReleaseIsForSaleAgainWithoutClaimingAPriceMatch() {
    Alert template = AlertTestData.anAlert().ofStats("7.00", "EUR").build();
    CriterionResult forSale = new CriterionResult(Criterion.FOR_SALE, Verdict.PASSED, "3 for sale from 7.00 EUR",
        "for sale after none were", "3 for sale from 7.00 EUR; none were for sale at the previous check");
    Alert alert = new Alert(template.id(), template.entryId(), template.ownerId(), template.releaseId(),
        template.title(), AlertType.FOR_SALE, Alert.availabilityKey(template.createdAt()), null, template.price(), null, null, null, null, null,
        null, null, template.url(), List.of(forSale), null, template.createdAt());

    AlertMail.Rendered r = mail(RICK).render(List.of(alert), Currency.EUR, "https://wax.example/u/x");

    assertThat(r.subject()).isEqualTo("WaxAlert: Rick Astley – Never Gonna Give You Up is for sale again, from 7.00 EUR");
    assertThat(r.text()).contains("It is for sale again, from 7.00 EUR.",
        "Now 3 for sale from 7.00 EUR; none were for sale at the check before.")
        .doesNotContain("Price match", "fits your maximum");
  }
}
