package io.waxalert.app.alerts;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.Verdict;
import io.waxalert.core.entry.Alert;
import java.util.ArrayList;
import java.util.List;

/**
 * What an alert says it judged and what it did not, in plain words, from its verdicts' figures
 * (never by reading their reason text back): a market-stats alert never reads as if the condition
 * had been checked, and a single listing's alert never speaks of a market summary. Shared by mail
 * and Telegram.
 */
final class AlertWording {

  /** What a stats alert could not know: the copy behind the lowest price is unknown. */
  static final String STATS_NOT_CHECKED =
      "Condition, seller and shipping origin were not checked: check them on the sell page.";

  private AlertWording() {}

  /** The one sentence that says why this message came. */
  static String lead(Alert alert) {
    if (alert.type() == AlertType.FOR_SALE) {
      return "It is for sale again, from " + alert.price() + ". You set no price or condition for it, so WaxAlert"
          + " tells you only when it comes up for sale after none was.";
    }
    if (alert.isStatsAlert()) {
      return alert.type() == AlertType.UNDERPRICED ? "The lowest price is well under the usual price."
          : "The lowest price fits your maximum.";
    }
    String what = alert.type() == AlertType.UNDERPRICED ? "A copy is offered well under the usual price"
        : "A copy for sale fits your criteria";
    return alert.notJudged().isEmpty() ? what + "." : what + ", as far as the listing tells.";
  }

  /** "Buy it on Discogs" for one listing, "See the offers on Discogs" for the sell page. */
  static String buyLabel(Alert alert) {
    return alert.isStatsAlert() ? "See the offers on Discogs" : "Buy it on Discogs";
  }

  /** What WaxAlert checked, one sentence per criterion that could be judged. */
  static List<String> judged(Alert alert) {
    List<String> lines = new ArrayList<>();
    for (CriterionResult v : alert.verdicts()) {
      if (v.verdict() != Verdict.NOT_JUDGED) {
        lines.add(judgedLine(v));
      }
    }
    return lines;
  }

  private static String judgedLine(CriterionResult v) {
    if (v.criterion() == Criterion.FOR_SALE) {
      return "Now " + v.observed() + "; none were for sale at the check before.";
    }
    if (v.criterion() == Criterion.BLOCKED_SELLER) {
      return "Seller: " + v.observed() + " is not on your list of blocked sellers.";
    }
    if (v.observed() == null || v.required() == null) {
      return label(v.criterion()) + ": " + v.reason() + ".";
    }
    if (v.verdict() == Verdict.FAILED) {
      return label(v.criterion()) + ": " + v.observed() + ", not " + v.required() + "; your other price rule"
          + " matched.";
    }
    return label(v.criterion()) + ": " + v.observed() + ", you asked for " + v.required() + ".";
  }

  /**
   * What was not checked, and what to check before buying: for a stats alert the copy's condition,
   * seller and origin (with the entry's own demands on them), for a listing what it did not tell.
   */
  static List<String> notJudged(Alert alert) {
    List<String> lines = new ArrayList<>();
    if (alert.isStatsAlert()) {
      lines.add(STATS_NOT_CHECKED);
      for (CriterionResult v : alert.notJudged()) {
        if (!v.criterion().isPriceTrigger()) {
          lines.add(demand(v));
        }
      }
      if (alert.unverifiedBecause() != null) {
        lines.add("WaxAlert could not read the single listings (" + alert.unverifiedBecause()
            + "), so it judged the lowest price only.");
      }
      return lines;
    }
    for (CriterionResult v : alert.notJudged()) {
      lines.add(label(v.criterion()) + ": the listing does not tell"
          + (v.required() == null ? "" : "; you asked for " + v.required()) + ". Check it before you buy.");
    }
    return lines;
  }

  /** What the entry asks of the copy, to check on the sell page. */
  private static String demand(CriterionResult v) {
    String required = v.required() == null ? "" : " " + v.required();
    return switch (v.criterion()) {
      case MEDIA_CONDITION -> "You asked for media condition" + required + ".";
      case SLEEVE_CONDITION -> "You asked for sleeve condition" + required + ".";
      case SHIPS_FROM -> "You asked for shipping from" + required + ".";
      case SHIPS_TO -> "Check that the copy is" + required + ".";
      case SELLER_RATING -> "You asked for a seller rating of" + required + ".";
      case SELLER_FEEDBACK -> "You asked for a seller with" + required + ".";
      case BLOCKED_SELLER -> "The cheapest copy may be from one of your blocked sellers.";
      default -> label(v.criterion()) + ":" + required + ".";
    };
  }

  /** The criterion as a collector calls it. */
  static String label(Criterion criterion) {
    return switch (criterion) {
      case MAX_PRICE -> "Price";
      case UNDERPRICED -> "Under the usual price";
      case MEDIA_CONDITION -> "Media condition";
      case SLEEVE_CONDITION -> "Sleeve condition";
      case SHIPS_FROM -> "Ships from";
      case SHIPS_TO -> "Ships to you";
      case SELLER_RATING -> "Seller rating";
      case SELLER_FEEDBACK -> "Seller ratings";
      case BLOCKED_SELLER -> "Seller";
      case FOR_SALE -> "For sale";
    };
  }
}
