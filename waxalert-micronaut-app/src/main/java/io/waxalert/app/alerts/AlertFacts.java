package io.waxalert.app.alerts;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.Verdict;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What every alert message says, in words, from the alert's values and verdicts: the facts of the
 * offer, why it matched, and what the collector still has to check. Mail, Telegram and webhook
 * messages are built from these; none of them reads text back.
 */
public final class AlertFacts {

  static final String ATTRIBUTION = "Data provided by Discogs.";
  static final String NON_AFFILIATION =
      "WaxAlert is not affiliated with, sponsored or endorsed by Discogs. Discogs is a trademark of Zink Media, LLC.";

  private final ExchangeRates rates;

  public AlertFacts(ExchangeRates rates) {
    this.rates = rates;
  }

  /** "Price match" or "Underpriced". */
  static String kind(Alert alert) {
    return alert.type() == AlertType.UNDERPRICED ? "Underpriced" : "Price match";
  }

  static String linkLabel(Alert alert) {
    return alert.isStatsAlert() ? "See the offers on Discogs" : "See the listing on Discogs";
  }

  /** The offer: price (converted to the collector's currency where it differs), shipping, grades, seller. */
  List<String> facts(Alert alert, Currency userCurrency) {
    List<String> facts = new ArrayList<>();
    facts.add("Price: " + price(alert.price(), userCurrency));
    if (alert.shipping() != null) {
      facts.add("Shipping: " + price(alert.shipping(), userCurrency));
      alert.total(rates).ifPresent(total -> facts.add("Total: " + price(total, userCurrency)));
    }
    if (alert.mediaCondition() != null) {
      facts.add("Media condition: " + alert.mediaCondition().discogsName());
    }
    if (alert.sleeveCondition() != null) {
      facts.add("Sleeve condition: " + alert.sleeveCondition().discogsName());
    }
    if (alert.sellerName() != null) {
      facts.add("Seller: " + alert.sellerName()
          + (alert.sellerRating() == null ? "" : " (" + alert.sellerRating().stripTrailingZeros().toPlainString()
              + "% positive)")
          + (alert.sellerFeedback() == null ? "" : ", " + alert.sellerFeedback() + " ratings"));
    }
    if (alert.shipsFrom() != null) {
      facts.add("Ships from: " + alert.shipsFrom());
    }
    return facts;
  }

  /** Why it matched: the verdicts that held, and a price trigger that did not where the other one did. */
  static List<String> reasons(Alert alert) {
    return alert.verdicts().stream().filter(v -> v.verdict() != Verdict.NOT_JUDGED)
        .map(v -> v.criterion().label() + (v.verdict() == Verdict.FAILED ? " (not met)" : "") + ": " + v.reason())
        .toList();
  }

  /** The criteria whose data was unknown, to be checked on Discogs, and why the listings could not tell. */
  static List<String> stillToCheck(Alert alert) {
    List<String> lines = new ArrayList<>(alert.notJudged().stream().map(AlertFacts::line).toList());
    if (alert.unverifiedBecause() != null) {
      lines.add("the listings could not be read, so this alert is on the lowest price only: "
          + alert.unverifiedBecause());
    }
    return lines;
  }

  private static String line(CriterionResult verdict) {
    return verdict.criterion().label() + ": " + verdict.reason();
  }

  /** "12.50 USD (about 10.85 EUR)": converted where the currencies differ and a rate is known. */
  String price(Money money, Currency userCurrency) {
    String shown = money.toString();
    if (money.currency() != userCurrency) {
      Optional<Money> converted = rates.convert(money, userCurrency);
      if (converted.isPresent()) {
        shown += " (about " + converted.get() + ")";
      }
    }
    return shown;
  }

  static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }
}
