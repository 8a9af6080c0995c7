package io.waxalert.app.alerts;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Currency;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Renders alert mails, one alert or a digest of several of one user, with the JTE templates
 * {@code mail/alert.jte} (HTML, escaped by the engine) and {@code mail/alert-text.jte} (plain text):
 * per alert the release with its cover, format and catalogue number, the offer (price, the price
 * it came down from, shipping and total in the collector's currency, grades, seller, origin), a buy
 * link, what was checked and what was not, and a link to the entry.
 */
public final class AlertMail {

  /** A rendered mail. */
  public record Rendered(String subject, String html, String text) {}

  private static final int SUBJECT_TITLES = 2;

  private final MailTemplates templates;
  private final AlertFacts facts;
  private final AlertLinks links;
  private final AlertDetails.Source details;

  public AlertMail(MailTemplates templates, AlertFacts facts, AlertLinks links, AlertDetails.Source details) {
    this.templates = templates;
    this.facts = facts;
    this.links = links;
    this.details = details;
  }

  /**
   * @param alerts one alert, or several of one user for a digest
   * @param userCurrency the user's currency, for converted prices and the total
   * @param unsubscribeUrl the one-click link of the mail (pauses the entry of a single alert)
   */
  public Rendered render(List<Alert> alerts, Currency userCurrency, String unsubscribeUrl) {
    MailView view = view(alerts, userCurrency, unsubscribeUrl);
    return new Rendered(view.subject(), templates.html("mail/alert.jte", view),
        templates.text("mail/alert-text.jte", view));
  }

  MailView view(List<Alert> alerts, Currency userCurrency, String unsubscribeUrl) {
    if (alerts.isEmpty()) {
      throw new IllegalArgumentException("no alerts to render");
    }
    List<MailView.Offer> offers = new ArrayList<>(alerts.size());
    for (Alert alert : alerts) {
      offers.add(offer(alert, details.of(alert), userCurrency));
    }
    String intro = alerts.size() == 1 ? null
        : alerts.size() + " offers for records on your wanted list.";
    return new MailView(subject(alerts, offers), intro, offers, unsubscribeUrl, AlertFacts.ATTRIBUTION,
        AlertFacts.NON_AFFILIATION);
  }

  private MailView.Offer offer(Alert alert, AlertDetails d, Currency userCurrency) {
    String title = d.releaseTitle() == null ? AlertFacts.oneLine(alert.title())
        : (d.artist() == null || d.artist().isBlank() ? "" : AlertFacts.oneLine(d.artist()) + " – ")
            + AlertFacts.oneLine(d.releaseTitle());
    String release = Stream.of(d.format(), d.catalogNumber(), d.year() == null ? null : String.valueOf(d.year()))
        .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" · "));
    return new MailView.Offer(title, release.isEmpty() ? null : release, d.coverUrl(), AlertWording.lead(alert),
        facts.facts(alert, d, userCurrency), alert.url(), AlertWording.buyLabel(alert), AlertWording.judged(alert),
        AlertWording.notJudged(alert), links.entryUrl(alert));
  }

  /** "WaxAlert: Rick Astley – Never Gonna Give You Up for 12.50 EUR"; a digest names its first releases. */
  private static String subject(List<Alert> alerts, List<MailView.Offer> offers) {
    Alert first = alerts.get(0);
    if (alerts.size() == 1) {
      return "WaxAlert: " + offers.get(0).title() + (first.type() == AlertType.FOR_SALE
          ? " is for sale again, from " : " for ") + first.price();
    }
    String titles = offers.stream().limit(SUBJECT_TITLES).map(MailView.Offer::title).collect(Collectors.joining(", "));
    int more = alerts.size() - SUBJECT_TITLES;
    return "WaxAlert: " + alerts.size() + " offers: " + titles + (more > 0 ? " and " + more + " more" : "");
  }
}
