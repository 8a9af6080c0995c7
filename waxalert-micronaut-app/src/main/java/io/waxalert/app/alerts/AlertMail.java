package io.waxalert.app.alerts;

import io.waxalert.app.web.Html;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Currency;
import java.util.List;

/**
 * Renders alert mails: one alert, or a digest of several of one user, as a subject, an HTML part and
 * a plain-text part. Everything taken from users or Discogs is HTML-escaped in the HTML part.
 */
public final class AlertMail {

  /** A rendered mail. */
  public record Rendered(String subject, String html, String text) {}

  private final AlertFacts facts;
  private final AlertLinks links;

  public AlertMail(AlertFacts facts, AlertLinks links) {
    this.facts = facts;
    this.links = links;
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
    String first = AlertFacts.oneLine(alerts.get(0).title());
    String subject = alerts.size() == 1 ? "WaxAlert: " + first + " for " + alerts.get(0).price()
        : "WaxAlert: " + alerts.size() + " new matches (" + first + ", …)";
    StringBuilder text = new StringBuilder();
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif\">");
    if (alerts.size() > 1) {
      text.append(alerts.size()).append(" of your wanted records have new matches.\n\n");
      html.append("<p>").append(alerts.size()).append(" of your wanted records have new matches.</p>");
    }
    for (Alert alert : alerts) {
      section(alert, userCurrency, text, html);
    }
    text.append("-- \n").append(AlertFacts.ATTRIBUTION).append(' ').append(AlertFacts.NON_AFFILIATION).append('\n')
        .append("Stop these alerts: ").append(unsubscribeUrl).append('\n');
    html.append("<hr><p style=\"font-size:small;color:#555\">").append(AlertFacts.ATTRIBUTION).append(' ')
        .append(Html.escape(AlertFacts.NON_AFFILIATION)).append("<br><a href=\"").append(Html.escape(unsubscribeUrl))
        .append("\">Stop these alerts</a></p></body></html>");
    return new Rendered(subject, html.toString(), text.toString());
  }

  private void section(Alert alert, Currency userCurrency, StringBuilder text, StringBuilder html) {
    List<String> offer = facts.facts(alert, userCurrency);
    List<String> why = AlertFacts.reasons(alert);
    List<String> toCheck = AlertFacts.stillToCheck(alert);
    String kind = AlertFacts.kind(alert);
    String linkLabel = AlertFacts.linkLabel(alert);
    String entryUrl = links.entryUrl(alert);

    text.append(kind).append(": ").append(AlertFacts.oneLine(alert.title())).append('\n');
    offer.forEach(f -> text.append("  ").append(f).append('\n'));
    text.append("Why it matched:\n");
    why.forEach(w -> text.append("  - ").append(w).append('\n'));
    if (!toCheck.isEmpty()) {
      text.append("Still to check on the sell page (the market summary does not tell):\n");
      toCheck.forEach(c -> text.append("  - ").append(c).append('\n'));
    }
    text.append(linkLabel).append(": ").append(alert.url()).append('\n')
        .append("Your entry in WaxAlert: ").append(entryUrl).append("\n\n");

    html.append("<h2>").append(Html.escape(kind)).append(": ").append(Html.escape(alert.title())).append("</h2><ul>");
    offer.forEach(f -> html.append("<li>").append(Html.escape(f)).append("</li>"));
    html.append("</ul><p>Why it matched:</p><ul>");
    why.forEach(w -> html.append("<li>").append(Html.escape(w)).append("</li>"));
    html.append("</ul>");
    if (!toCheck.isEmpty()) {
      html.append("<p>Still to check on the sell page (the market summary does not tell):</p><ul>");
      toCheck.forEach(c -> html.append("<li>").append(Html.escape(c)).append("</li>"));
      html.append("</ul>");
    }
    html.append("<p><a href=\"").append(Html.escape(alert.url())).append("\">").append(linkLabel)
        .append("</a> · <a href=\"").append(Html.escape(entryUrl)).append("\">Your entry in WaxAlert</a></p>");
  }
}
