package io.waxalert.app.alerts;

import io.waxalert.app.web.Html;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Currency;
import java.util.List;

/**
 * An alert as a Telegram message in the Bot API's HTML mode ({@code <b>}, {@code <a href>}), within
 * Telegram's 4,096 characters: the reasons are left out of a message that would be longer.
 */
final class TelegramMessage {

  static final int MAX_LENGTH = 4096;

  private final AlertFacts facts;
  private final AlertLinks links;

  TelegramMessage(AlertFacts facts, AlertLinks links) {
    this.facts = facts;
    this.links = links;
  }

  String render(Alert alert, Currency userCurrency) {
    String full = render(alert, userCurrency, true);
    return full.length() <= MAX_LENGTH ? full : render(alert, userCurrency, false);
  }

  private String render(Alert alert, Currency userCurrency, boolean withReasons) {
    StringBuilder text = new StringBuilder();
    text.append("<b>").append(Html.escape(AlertFacts.kind(alert) + ": " + AlertFacts.oneLine(alert.title())))
        .append("</b>\n");
    facts.facts(alert, userCurrency).forEach(fact -> text.append(Html.escape(fact)).append('\n'));
    if (withReasons) {
      section(text, "Why it matched:", AlertFacts.reasons(alert));
      section(text, "Still to check on Discogs:", AlertFacts.stillToCheck(alert));
    }
    text.append("<a href=\"").append(Html.escape(alert.url())).append("\">").append(AlertFacts.linkLabel(alert))
        .append("</a> · <a href=\"").append(Html.escape(links.entryUrl(alert)))
        .append("\">Your entry in WaxAlert</a>\n")
        .append(AlertFacts.ATTRIBUTION);
    return text.toString();
  }

  private static void section(StringBuilder text, String heading, List<String> lines) {
    if (!lines.isEmpty()) {
      text.append(heading).append('\n');
      lines.forEach(line -> text.append("• ").append(Html.escape(line)).append('\n'));
    }
  }
}
