package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The mail's content, rendered without a server. */
class AlertMailTest {

  private final AlertMail mail = new AlertMail(FixedExchangeRates.approximate(), "https://wax.example/");

  private static Alert listingAlert(String title, String seller) {
    return new Alert(UUID.randomUUID(), UUID.randomUUID(), "owner", 249504L, title, AlertType.PRICE_MATCHED,
        Alert.listingKey(77L), 77L, Money.of("12.50", "USD"), MediaCondition.parse("VG+"),
        SleeveCondition.parse("VG"), seller, new BigDecimal("99.5"), "Germany",
        "https://www.discogs.com/sell/item/77",
        "max price (ok): 12.50 USD is at most 20.00 USD\nmin condition (ok): VG+ is at least VG", Instant.now(), null);
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
    Alert alert = new Alert(UUID.randomUUID(), UUID.randomUUID(), "owner", 5L, "A – B", AlertType.PRICE_MATCHED,
        "stats:5:9.00:EUR", null, Money.of("9.00", "EUR"), null, null, null, null, null,
        "https://www.discogs.com/sell/release/5",
        "max price (ok): 9.00 EUR is at most 10.00 EUR\nmin condition (not judged): market summary has no grades",
        Instant.now(), null);

    AlertMail.Rendered r = mail.render(List.of(alert), Currency.valueOf("EUR"), "https://wax.example/u/x");

    assertThat(r.text()).contains("See the offers on Discogs: https://www.discogs.com/sell/release/5",
        "Still to check on the sell page", "min condition: market summary has no grades")
        .doesNotContain("Seller:", "Media condition:");
  }

  @Test
  void aDigestNamesEveryAlert() {
    AlertMail.Rendered r = mail.render(List.of(listingAlert("One – A", "s"), listingAlert("Two – B", "s")),
        Currency.valueOf("USD"), "https://wax.example/u/x");

    assertThat(r.subject()).startsWith("WaxAlert: 2 new matches");
    assertThat(r.text()).contains("One – A", "Two – B");
  }
}
