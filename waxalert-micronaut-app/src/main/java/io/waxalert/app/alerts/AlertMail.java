package io.waxalert.app.alerts;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.app.web.Html;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Renders alert mails: one alert, or a digest of several of one user, as a subject, an HTML part and
 * a plain-text part. Everything taken from users or Discogs is HTML-escaped in the HTML part.
 */
public final class AlertMail {

  static final String ATTRIBUTION = "Data provided by Discogs.";
  static final String NON_AFFILIATION =
      "WaxAlert is not affiliated with, sponsored or endorsed by Discogs. Discogs is a trademark of Zink Media, LLC.";
  private static final String NOT_JUDGED = "(not judged)";

  /** A rendered mail. */
  public record Rendered(String subject, String html, String text) {}

  private final ExchangeRates rates;
  private final String appUrl;

  public AlertMail(ExchangeRates rates, String appUrl) {
    this.rates = rates;
    this.appUrl = appUrl.endsWith("/") ? appUrl.substring(0, appUrl.length() - 1) : appUrl;
  }

  public String entryUrl(Alert alert) {
    return appUrl + "/entries/" + alert.entryId();
  }

  public String unsubscribeUrl(String token) {
    return appUrl + "/unsubscribe/" + token;
  }

  /**
   * @param alerts one alert, or several of one user for a digest
   * @param userCurrency the user's currency, for a converted price
   * @param unsubscribeUrl the one-click link of the mail (pauses the entry of a single alert)
   */
  public Rendered render(List<Alert> alerts, Currency userCurrency, String unsubscribeUrl) {
    if (alerts.isEmpty()) {
      throw new IllegalArgumentException("no alerts to render");
    }
    String subject = alerts.size() == 1
        ? "WaxAlert: " + oneLine(alerts.get(0).title()) + " for " + alerts.get(0).price()
        : "WaxAlert: " + alerts.size() + " new matches (" + oneLine(alerts.get(0).title()) + ", …)";
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
    if (alerts.size() > 1) {
      text.append(alerts.size()).append(" of your wanted records have new matches.\n\n");
      html.append("<p>").append(alerts.size()).append(" of your wanted records have new matches.</p>");
    }
    for (Alert alert : alerts) {
      section(alert, userCurrency, text, html);
    }
    text.append("-- \n").append(ATTRIBUTION).append(' ').append(NON_AFFILIATION).append('\n')
        .append("Stop these alerts: ").append(unsubscribeUrl).append('\n');
    html.append("<hr><p style=\"font-size:small;color:#555\">").append(ATTRIBUTION).append(' ')
        .append(Html.escape(NON_AFFILIATION)).append("<br><a href=\"").append(Html.escape(unsubscribeUrl))
        .append("\">Stop these alerts</a></p></body></html>");
    return new Rendered(subject, html.toString(), text.toString());
  }

  private void section(Alert alert, Currency userCurrency, StringBuilder text, StringBuilder html) {
    List<String> facts = new ArrayList<>();
    facts.add("Price: " + price(alert, userCurrency));
    if (alert.mediaCondition() != null) {
      facts.add("Media condition: " + alert.mediaCondition().discogsName());
    }
    if (alert.sleeveCondition() != null) {
      facts.add("Sleeve condition: " + alert.sleeveCondition().discogsName());
    }
    if (alert.sellerName() != null) {
      facts.add("Seller: " + alert.sellerName()
          + (alert.sellerRating() == null ? "" : " (" + alert.sellerRating().stripTrailingZeros().toPlainString() + "% positive)"));
    }
    if (alert.shipsFrom() != null) {
      facts.add("Ships from: " + alert.shipsFrom());
    }
    List<String> why = new ArrayList<>();
    List<String> toCheck = new ArrayList<>();
    for (String line : alert.explanation().split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      if (line.contains(NOT_JUDGED)) {
        toCheck.add(line.replace(" " + NOT_JUDGED, ""));
      } else {
        why.add(line.replace(" (ok)", ""));
      }
    }
    String kind = alert.type() == AlertType.UNDERPRICED ? "Underpriced" : "Price match";
    String linkLabel = alert.isStatsAlert() ? "See the offers on Discogs" : "See the listing on Discogs";

    text.append(kind).append(": ").append(oneLine(alert.title())).append('\n');
    facts.forEach(f -> text.append("  ").append(f).append('\n'));
    text.append("Why it matched:\n");
    why.forEach(w -> text.append("  - ").append(w).append('\n'));
    if (!toCheck.isEmpty()) {
      text.append("Still to check on the sell page (the market summary does not tell):\n");
      toCheck.forEach(c -> text.append("  - ").append(c).append('\n'));
    }
    text.append(linkLabel).append(": ").append(alert.url()).append('\n')
        .append("Your entry in WaxAlert: ").append(entryUrl(alert)).append("\n\n");

    html.append("<h2>").append(Html.escape(kind)).append(": ").append(Html.escape(alert.title())).append("</h2><ul>");
    facts.forEach(f -> html.append("<li>").append(Html.escape(f)).append("</li>"));
    html.append("</ul><p>Why it matched:</p><ul>");
    why.forEach(w -> html.append("<li>").append(Html.escape(w)).append("</li>"));
    html.append("</ul>");
    if (!toCheck.isEmpty()) {
      html.append("<p>Still to check on the sell page (the market summary does not tell):</p><ul>");
      toCheck.forEach(c -> html.append("<li>").append(Html.escape(c)).append("</li>"));
      html.append("</ul>");
    }
    html.append("<p><a href=\"").append(Html.escape(alert.url())).append("\">").append(linkLabel)
        .append("</a> · <a href=\"").append(Html.escape(entryUrl(alert)))
        .append("\">Your entry in WaxAlert</a></p>");
  }

  private String price(Alert alert, Currency userCurrency) {
    Money price = alert.price();
    String shown = price.amountText() + " " + price.currency();
    if (price.currency() != userCurrency) {
      Optional<Money> converted = rates.convert(price, userCurrency);
      if (converted.isPresent()) {
        BigDecimal amount = converted.get().amount().setScale(2, RoundingMode.HALF_UP);
        shown += " (about " + amount.toPlainString() + " " + userCurrency + ")";
      }
    }
    return shown;
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\\r\\n]+", " ");
  }
}
