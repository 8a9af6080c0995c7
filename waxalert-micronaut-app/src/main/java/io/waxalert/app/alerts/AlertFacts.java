package io.waxalert.app.alerts;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Money;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The offer of an alert, in words, from its values: price (converted to the collector's currency
 * where it differs), the price it came down from, shipping and the total in the collector's
 * currency, grades, seller and origin. Mail and Telegram print these; none of them reads text back.
 */
public final class AlertFacts {

  static final String ATTRIBUTION = "Data provided by Discogs.";
  static final String NON_AFFILIATION =
      "WaxAlert is not affiliated with, sponsored or endorsed by Discogs. Discogs is a trademark of Zink Media, LLC.";

  private final ExchangeRates rates;

  public AlertFacts(ExchangeRates rates) {
    this.rates = rates;
  }

  /** The offer's facts, the ones known. */
  List<MailView.Fact> facts(Alert alert, AlertDetails details, Currency userCurrency) {
    List<MailView.Fact> facts = new ArrayList<>();
    String price = price(alert.price(), userCurrency);
    facts.add(new MailView.Fact(alert.isStatsAlert() ? "Lowest price" : "Price", price));
    if (details.downFrom() != null) {
      facts.add(new MailView.Fact("Down from", price(details.downFrom(), userCurrency) + " " + details.downFromWhen()));
    }
    if (alert.shipping() != null) {
      facts.add(new MailView.Fact("Shipping", price(alert.shipping(), userCurrency)));
    }
    total(alert, userCurrency).ifPresent(total -> facts.add(new MailView.Fact("Total", total)));
    if (alert.mediaCondition() != null) {
      facts.add(new MailView.Fact("Media condition", alert.mediaCondition().discogsName()));
    }
    if (alert.sleeveCondition() != null) {
      facts.add(new MailView.Fact("Sleeve condition", alert.sleeveCondition().discogsName()));
    }
    if (alert.sellerName() != null) {
      facts.add(new MailView.Fact("Seller", seller(alert)));
    }
    if (alert.shipsFrom() != null) {
      facts.add(new MailView.Fact("Ships from", alert.shipsFrom()));
    }
    return facts;
  }

  /** "goodshop, 99.5 % positive from 1,200 ratings"; what is unknown is said so. */
  static String seller(Alert alert) {
    String name = oneLine(alert.sellerName());
    if (alert.sellerRating() == null) {
      return name + (alert.sellerFeedback() == null ? " (no rating known)"
          : " (" + count(alert.sellerFeedback()) + " ratings, no percentage known)");
    }
    String rating = alert.sellerRating().stripTrailingZeros().toPlainString() + " % positive";
    return name + ", " + rating + (alert.sellerFeedback() == null ? "" : " from " + count(alert.sellerFeedback())
        + (alert.sellerFeedback() == 1 ? " rating" : " ratings"));
  }

  /**
   * Item plus shipping in the collector's currency, "about 31.20 EUR (33.00 USD)" when converted;
   * empty when shipping is unknown.
   */
  Optional<String> total(Alert alert, Currency userCurrency) {
    Optional<Money> total = alert.total(rates);
    if (total.isEmpty()) {
      return Optional.empty();
    }
    if (total.get().currency() == userCurrency) {
      return Optional.of(total.get().toString());
    }
    return Optional.of(rates.convert(total.get(), userCurrency)
        .map(inUserCurrency -> "about " + inUserCurrency + " (" + total.get() + ")")
        .orElse(total.get().toString()));
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

  private static String count(int n) {
    return NumberFormat.getIntegerInstance(Locale.ENGLISH).format(n);
  }

  static String oneLine(@Nullable String s) {
    return s == null ? "" : s.replaceAll("[\\r\\n]+", " ");
  }
}
