package io.waxalert.core.criteria;

import io.waxalert.core.model.Listing;

/**
 * The buyer's country against the sell page's "Unavailable in &lt;country&gt;" note. Discogs writes
 * the note for the country it placed the page's visitor in, so the note decides only when that is
 * the buyer's own country; a note for another country says nothing about the buyer.
 */
final class ShipsToRule {

  private ShipsToRule() {}

  /** PASSED when no country is set or the listing shows no restriction. */
  static Verdict judge(Listing listing, AlertCriteria criteria) {
    String buyer = criteria.buyerCountry();
    String unavailable = listing.unavailableIn();
    if (buyer == null || unavailable == null) {
      return Verdict.PASSED;
    }
    return words(unavailable).equalsIgnoreCase(words(buyer)) ? Verdict.FAILED : Verdict.NOT_JUDGED;
  }

  /** "United  States " and "united states" name one country. */
  private static String words(String country) {
    return country.strip().replaceAll("\\s+", " ");
  }

  static CriterionResult report(Verdict verdict, Listing listing, AlertCriteria criteria) {
    String buyer = criteria.buyerCountry();
    String unavailable = listing.unavailableIn();
    String required = "buyable in " + buyer;
    String reason = switch (verdict) {
      case PASSED -> "Discogs shows no restriction";
      case FAILED -> "unavailable in " + unavailable + ", your country";
      case NOT_JUDGED -> "the sell page was read as a visitor from " + unavailable
          + ", where it is unavailable; whether it ships to " + buyer + " is unknown";
    };
    return new CriterionResult(Criterion.SHIPS_TO, verdict,
        unavailable == null ? null : "unavailable in " + unavailable, required, reason);
  }
}
