package io.waxalert.app.alerts;

import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Objects;

/**
 * What an alert mail shows, every value ready to print: the templates under {@code mail/} only lay
 * it out (and the engine escapes it in the HTML part). One {@link Offer} per alert; a digest has
 * several.
 *
 * @param subject names the release (the first one of a digest, with how many more)
 * @param intro a digest's first line; null for a single alert
 */
public record MailView(String subject, @Nullable String intro, List<Offer> offers, String unsubscribeUrl,
    String attribution, String nonAffiliation) {

  public MailView {
    Objects.requireNonNull(subject, "subject");
    offers = List.copyOf(offers);
  }

  /**
   * One alert.
   *
   * @param title "Artist – Title"
   * @param release format, catalogue number and year on one line ({@code Vinyl, 7", Single · PB 41447 · 1987}); null when unknown
   * @param lead why this mail came, in one sentence
   * @param facts the offer: price, the price it came down from, shipping, total, grades, seller, origin
   * @param judged what WaxAlert checked, one sentence each
   * @param notJudged what it could not check and the collector should, one sentence each
   */
  public record Offer(String title, @Nullable String release, @Nullable String coverUrl, String lead,
      List<Fact> facts, String buyUrl, String buyLabel, List<String> judged, List<String> notJudged,
      String entryUrl) {

    public Offer {
      facts = List.copyOf(facts);
      judged = List.copyOf(judged);
      notJudged = List.copyOf(notJudged);
    }
  }

  /** One line of the offer: {@code Price} {@code 12.50 USD (about 10.85 EUR)}. */
  public record Fact(String label, String value) {}
}
