package io.waxalert.core.criteria;

import io.waxalert.core.Nullable;
import io.waxalert.core.criteria.AlertCriteria.PriceBasis;
import io.waxalert.core.criteria.AlertCriteria.UnknownShipping;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.SleeveCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the matcher's verdicts into {@link CriterionResult}s: the listing's figure, the entry's
 * demand and the reason in words. Only the explaining path builds these; the fast path never does.
 */
final class VerdictReports {

  private static final String FROM_AGGREGATE =
      "cannot be judged from the market's lowest price; check it on the sell page";

  private final ExchangeRates rates;

  VerdictReports(ExchangeRates rates) {
    this.rates = rates;
  }

  CriterionResult maxPrice(Verdict verdict, Listing listing, @Nullable Money compared, AlertCriteria criteria) {
    String what = listing.price().toString();
    if (criteria.priceBasis() == PriceBasis.ITEM_PLUS_SHIPPING && listing.shipping() != null) {
      what = what + " + " + listing.shipping() + " shipping";
    }
    return price(verdict, what, listing.price(), compared, criteria, listing.shipping());
  }

  CriterionResult lowestPrice(Verdict verdict, Money lowest, @Nullable Money compared, AlertCriteria criteria) {
    return price(verdict, "lowest price " + lowest, lowest, compared, criteria, null);
  }

  /** "20.00 USD (17.36 EUR) is at most 25.00 EUR": the compared figure shown where it differs. */
  private static CriterionResult price(Verdict verdict, String what, Money price, @Nullable Money compared,
      AlertCriteria criteria, @Nullable Money shipping) {
    Money max = criteria.maxPrice();
    String required = "at most " + max;
    boolean shippingUnknown = criteria.priceBasis() == PriceBasis.ITEM_PLUS_SHIPPING && shipping == null;
    if (compared == null) {
      String reason = what + (shippingUnknown && criteria.unknownShipping() == UnknownShipping.DO_NOT_JUDGE
          ? ": shipping unknown, so the total cannot be compared with " + max
          : ": no exchange rate to " + max.currency());
      return new CriterionResult(Criterion.MAX_PRICE, verdict, what, required, reason);
    }
    String converted = compared.toString().equals(price.toString()) ? "" : " (" + compared + ")";
    String relation = compared.isAtMost(max) ? " is at most " : " is over ";
    String reason = what + converted + relation + max
        + (shippingUnknown ? "; shipping unknown, compared without it" : "");
    return new CriterionResult(Criterion.MAX_PRICE, verdict, what + converted, required, reason);
  }

  CriterionResult underpriced(Verdict verdict, Money price, Optional<Money> reference, int percent) {
    if (reference.isEmpty()) {
      return new CriterionResult(Criterion.UNDERPRICED, verdict, price.toString(),
          percent + " % under the reference", "no reference price for this release and condition, no verdict");
    }
    Money threshold = reference.get().lessPercent(percent);
    String required = "at most " + threshold + " (" + percent + " % under " + reference.get() + ")";
    Optional<Money> converted = rates.convert(price, threshold.currency());
    if (converted.isEmpty()) {
      return new CriterionResult(Criterion.UNDERPRICED, verdict, price.toString(), required,
          price + ": no exchange rate to " + threshold.currency());
    }
    String shown = converted.get().currency() == price.currency() ? price.toString()
        : price + " (" + converted.get() + ")";
    String reason = shown + (converted.get().isAtMost(threshold) ? " is at least " : " is less than ")
        + percent + " % under the reference " + reference.get() + " (" + threshold + " or less)";
    return new CriterionResult(Criterion.UNDERPRICED, verdict, shown, required, reason);
  }

  CriterionResult media(Verdict verdict, Listing listing, AlertCriteria criteria) {
    String observed = listing.mediaCondition().abbreviation();
    String minimum = criteria.minMediaCondition().abbreviation();
    return new CriterionResult(Criterion.MEDIA_CONDITION, verdict, observed, "at least " + minimum,
        observed + " against minimum " + minimum);
  }

  CriterionResult sleeve(Verdict verdict, Listing listing, AlertCriteria criteria) {
    SleeveCondition sleeve = listing.sleeveCondition();
    String minimum = criteria.minSleeveCondition().abbreviation();
    String reason = sleeve.abbreviation() + " against minimum " + minimum
        + (sleeve == SleeveCondition.NOT_GRADED ? " (the seller did not grade the sleeve)"
            : sleeve.isGraded() ? "" : " (not a graded original sleeve)");
    return new CriterionResult(Criterion.SLEEVE_CONDITION, verdict, sleeve.abbreviation(),
        "at least " + minimum, reason);
  }

  CriterionResult shipsFrom(Verdict verdict, Listing listing, AlertCriteria criteria) {
    String demand = criteria.shipsFrom().demand();
    String from = listing.shipsFrom() == null ? "unknown country" : listing.shipsFrom();
    return new CriterionResult(Criterion.SHIPS_FROM, verdict, listing.shipsFrom(), demand,
        "ships from " + from + ", wanted: " + demand);
  }

  CriterionResult sellerRating(Verdict verdict, Listing listing, AlertCriteria criteria) {
    String observed = listing.seller().rating() == null ? null : listing.seller().rating().toPlainString() + " %";
    String minimum = criteria.minSellerRating().toPlainString() + " %";
    return new CriterionResult(Criterion.SELLER_RATING, verdict, observed, "at least " + minimum,
        (observed == null ? "rating unknown" : observed) + " against minimum " + minimum);
  }

  CriterionResult sellerFeedback(Verdict verdict, Listing listing, AlertCriteria criteria) {
    Integer count = listing.seller().feedbackCount();
    String observed = count == null ? null : count + " ratings";
    return new CriterionResult(Criterion.SELLER_FEEDBACK, verdict, observed,
        "at least " + criteria.minSellerFeedback() + " ratings",
        (observed == null ? "feedback count unknown" : observed) + " against minimum "
            + criteria.minSellerFeedback());
  }

  CriterionResult blocked(Verdict verdict, Listing listing) {
    String seller = listing.seller().name();
    return new CriterionResult(Criterion.BLOCKED_SELLER, verdict, seller, "not a blocked seller",
        seller + (verdict == Verdict.FAILED ? " is blocked" : " is not blocked"));
  }

  /** A price trigger of a market with nothing to judge. */
  CriterionResult nothingToJudge(Criterion trigger, MarketStats stats) {
    return new CriterionResult(trigger, Verdict.NOT_JUDGED,
        stats.blockedFromSale() ? "Discogs blocks this release from sale" : "nothing for sale");
  }

  /** The criteria a market aggregate says nothing about: to be checked on the sell page. */
  List<CriterionResult> unjudgeableFromAggregate(AlertCriteria criteria) {
    List<CriterionResult> results = new ArrayList<>(7);
    if (criteria.minMediaCondition() != null) {
      results.add(unjudged(Criterion.MEDIA_CONDITION, "at least " + criteria.minMediaCondition().abbreviation()));
    }
    if (criteria.minSleeveCondition() != null) {
      results.add(unjudged(Criterion.SLEEVE_CONDITION, "at least " + criteria.minSleeveCondition().abbreviation()));
    }
    if (criteria.shipsFrom().isSet()) {
      results.add(new CriterionResult(Criterion.SHIPS_FROM, Verdict.NOT_JUDGED, null,
          criteria.shipsFrom().demand(), FROM_AGGREGATE));
    }
    if (criteria.buyerCountry() != null) {
      results.add(new CriterionResult(Criterion.SHIPS_TO, Verdict.NOT_JUDGED, null,
          "buyable in " + criteria.buyerCountry(), FROM_AGGREGATE));
    }
    if (criteria.minSellerRating() != null) {
      results.add(unjudged(Criterion.SELLER_RATING, "at least " + criteria.minSellerRating().toPlainString() + " %"));
    }
    if (criteria.minSellerFeedback() != null) {
      results.add(unjudged(Criterion.SELLER_FEEDBACK, "at least " + criteria.minSellerFeedback() + " ratings"));
    }
    if (!criteria.blockedSellers().isEmpty()) {
      results.add(new CriterionResult(Criterion.BLOCKED_SELLER, Verdict.NOT_JUDGED, null,
          "not a blocked seller", FROM_AGGREGATE));
    }
    return results;
  }

  private static CriterionResult unjudged(Criterion criterion, String required) {
    return new CriterionResult(criterion, Verdict.NOT_JUDGED, null, required,
        required + " wanted; " + FROM_AGGREGATE);
  }
}
