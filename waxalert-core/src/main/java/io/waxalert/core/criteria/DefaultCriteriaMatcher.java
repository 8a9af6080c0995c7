package io.waxalert.core.criteria;

import io.waxalert.core.criteria.AlertCriteria.PriceBasis;
import io.waxalert.core.criteria.AlertCriteria.UnknownShipping;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.SleeveCondition;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contract's rules. Each criterion is judged by one method returning a {@link Verdict}; the fast
 * {@link #matches} and the explaining {@link #evaluate} both use them, so the two cannot disagree.
 */
final class DefaultCriteriaMatcher implements CriteriaMatcher {

  private static final String FROM_AGGREGATE =
      "cannot be judged from the market's lowest price; check it on the sell page";

  private final ExchangeRates rates;

  DefaultCriteriaMatcher(ExchangeRates rates) {
    this.rates = java.util.Objects.requireNonNull(rates, "rates");
  }

  @Override
  public boolean matches(Listing listing, AlertCriteria criteria, ReferencePrices reference) {
    if (criteria.hasPriceTrigger()
        && maxPrice(listing, criteria) != Verdict.PASSED
        && underpriced(listing, criteria, reference) != Verdict.PASSED) {
      return false;
    }
    return media(listing, criteria) != Verdict.FAILED
        && sleeve(listing, criteria) != Verdict.FAILED
        && criteria.shipsFrom().judge(listing.shipsFrom()) != Verdict.FAILED
        && sellerRating(listing, criteria) != Verdict.FAILED
        && sellerFeedback(listing, criteria) != Verdict.FAILED
        && blocked(listing, criteria) != Verdict.FAILED;
  }

  @Override
  public MatchResult evaluate(Listing listing, AlertCriteria criteria, ReferencePrices reference) {
    List<CriterionResult> results = new ArrayList<>(8);
    Verdict max = null;
    Verdict under = null;
    if (criteria.maxPrice() != null) {
      max = maxPrice(listing, criteria);
      results.add(new CriterionResult(Criterion.MAX_PRICE, max, describeMaxPrice(listing, criteria)));
    }
    if (criteria.underpricedPercent() != null) {
      under = underpriced(listing, criteria, reference);
      results.add(new CriterionResult(Criterion.UNDERPRICED, under,
          describeUnderpriced(listing.price(), reference.forCondition(listing.mediaCondition()),
              criteria.underpricedPercent())));
    }
    if (criteria.minMediaCondition() != null) {
      results.add(new CriterionResult(Criterion.MEDIA_CONDITION, media(listing, criteria),
          listing.mediaCondition().abbreviation() + " against minimum "
              + criteria.minMediaCondition().abbreviation()));
    }
    if (criteria.minSleeveCondition() != null) {
      Verdict verdict = sleeve(listing, criteria);
      SleeveCondition sleeve = listing.sleeveCondition();
      String reason = sleeve.abbreviation() + " against minimum "
          + criteria.minSleeveCondition().abbreviation()
          + (sleeve == SleeveCondition.NOT_GRADED ? " (the seller did not grade the sleeve)"
              : sleeve.isGraded() ? "" : " (not a graded original sleeve)");
      results.add(new CriterionResult(Criterion.SLEEVE_CONDITION, verdict, reason));
    }
    if (criteria.shipsFrom().isSet()) {
      String from = listing.shipsFrom() == null ? "unknown country" : listing.shipsFrom();
      results.add(new CriterionResult(Criterion.SHIPS_FROM, criteria.shipsFrom().judge(listing.shipsFrom()),
          "ships from " + from + ", " + (criteria.shipsFrom().mode() == ShipsFromFilter.Mode.INCLUDE
              ? "wanted: " : "excluded: ") + String.join(", ", new java.util.TreeSet<>(criteria.shipsFrom().countries()))));
    }
    if (criteria.minSellerRating() != null) {
      results.add(new CriterionResult(Criterion.SELLER_RATING, sellerRating(listing, criteria),
          (listing.seller().rating() == null ? "rating unknown" : listing.seller().rating().toPlainString() + " %")
              + " against minimum " + criteria.minSellerRating().toPlainString() + " %"));
    }
    if (criteria.minSellerFeedback() != null) {
      results.add(new CriterionResult(Criterion.SELLER_FEEDBACK, sellerFeedback(listing, criteria),
          (listing.seller().feedbackCount() == null ? "feedback count unknown"
              : listing.seller().feedbackCount() + " ratings")
              + " against minimum " + criteria.minSellerFeedback()));
    }
    if (!criteria.blockedSellers().isEmpty()) {
      Verdict verdict = blocked(listing, criteria);
      results.add(new CriterionResult(Criterion.BLOCKED_SELLER, verdict,
          listing.seller().name() + (verdict == Verdict.FAILED ? " is blocked" : " is not blocked")));
    }
    return decide(max, under, results);
  }

  @Override
  public MatchResult evaluateStats(MarketStats stats, AlertCriteria criteria, ReferencePrices reference) {
    List<CriterionResult> results = new ArrayList<>(8);
    Money lowest = stats.nothingForSale() ? null : stats.lowestPrice();
    String nothing = stats.blockedFromSale() ? "Discogs blocks this release from sale" : "nothing for sale";
    Verdict max = null;
    Verdict under = null;
    if (criteria.maxPrice() != null) {
      if (lowest == null) {
        max = Verdict.NOT_JUDGED;
        results.add(new CriterionResult(Criterion.MAX_PRICE, max, nothing));
      } else {
        Money compared = comparedStatsPrice(lowest, criteria);
        max = compared == null ? Verdict.NOT_JUDGED : atMost(compared, criteria.maxPrice());
        results.add(new CriterionResult(Criterion.MAX_PRICE, max,
            describePrice("lowest price " + lowest, lowest, compared, criteria.maxPrice(), criteria, null)));
      }
    }
    if (criteria.underpricedPercent() != null) {
      Optional<Money> ref = reference.forCondition(criteria.minMediaCondition());
      if (lowest == null) {
        under = Verdict.NOT_JUDGED;
        results.add(new CriterionResult(Criterion.UNDERPRICED, under, nothing));
      } else {
        under = underpricedVerdict(lowest, ref, criteria.underpricedPercent());
        results.add(new CriterionResult(Criterion.UNDERPRICED, under,
            describeUnderpriced(lowest, ref, criteria.underpricedPercent())));
      }
    }
    addUnjudgeable(results, criteria);
    if (lowest == null && !criteria.hasPriceTrigger()) {
      return new MatchResult.Rejected(results);
    }
    return decide(max, under, results);
  }

  @Override
  public boolean couldMatch(MarketStats stats, AlertCriteria criteria, ReferencePrices reference) {
    if (stats.nothingForSale()) {
      return false;
    }
    if (!criteria.hasPriceTrigger()) {
      return true;
    }
    Money lowest = stats.lowestPrice();
    if (criteria.maxPrice() != null) {
      // The lowest item price is a floor for every listing's compared price, shipping or not.
      Optional<Money> converted = rates.convert(lowest, criteria.maxPrice().currency());
      if (converted.isEmpty() || converted.get().isAtMost(criteria.maxPrice())) {
        return true;
      }
    }
    if (criteria.underpricedPercent() != null) {
      List<Money> references = new ArrayList<>(reference.byCondition().values());
      if (reference.overall() != null) {
        references.add(reference.overall());
      }
      for (Money ref : references) {
        if (underpricedVerdict(lowest, Optional.of(ref), criteria.underpricedPercent()) != Verdict.FAILED) {
          return true;
        }
      }
    }
    return false;
  }

  private static MatchResult decide(Verdict max, Verdict under, List<CriterionResult> results) {
    for (CriterionResult result : results) {
      if (!result.criterion().isPriceTrigger() && result.verdict() == Verdict.FAILED) {
        return new MatchResult.Rejected(results);
      }
    }
    boolean anyTrigger = max != null || under != null;
    if (!anyTrigger || max == Verdict.PASSED) {
      return new MatchResult.Matched(AlertType.PRICE_MATCHED, results);
    }
    if (under == Verdict.PASSED) {
      return new MatchResult.Matched(AlertType.UNDERPRICED, results);
    }
    return new MatchResult.Rejected(results);
  }

  private static void addUnjudgeable(List<CriterionResult> results, AlertCriteria criteria) {
    if (criteria.minMediaCondition() != null) {
      results.add(new CriterionResult(Criterion.MEDIA_CONDITION, Verdict.NOT_JUDGED,
          "at least " + criteria.minMediaCondition().abbreviation() + " wanted; " + FROM_AGGREGATE));
    }
    if (criteria.minSleeveCondition() != null) {
      results.add(new CriterionResult(Criterion.SLEEVE_CONDITION, Verdict.NOT_JUDGED,
          "at least " + criteria.minSleeveCondition().abbreviation() + " wanted; " + FROM_AGGREGATE));
    }
    if (criteria.shipsFrom().isSet()) {
      results.add(new CriterionResult(Criterion.SHIPS_FROM, Verdict.NOT_JUDGED, FROM_AGGREGATE));
    }
    if (criteria.minSellerRating() != null) {
      results.add(new CriterionResult(Criterion.SELLER_RATING, Verdict.NOT_JUDGED,
          "at least " + criteria.minSellerRating().toPlainString() + " % wanted; " + FROM_AGGREGATE));
    }
    if (criteria.minSellerFeedback() != null) {
      results.add(new CriterionResult(Criterion.SELLER_FEEDBACK, Verdict.NOT_JUDGED,
          "at least " + criteria.minSellerFeedback() + " ratings wanted; " + FROM_AGGREGATE));
    }
    if (!criteria.blockedSellers().isEmpty()) {
      results.add(new CriterionResult(Criterion.BLOCKED_SELLER, Verdict.NOT_JUDGED, FROM_AGGREGATE));
    }
  }

  // --- one judge per criterion -------------------------------------------------------------

  private Verdict maxPrice(Listing listing, AlertCriteria criteria) {
    if (criteria.maxPrice() == null) {
      return Verdict.NOT_JUDGED;
    }
    Money compared = comparedPrice(listing, criteria);
    return compared == null ? Verdict.NOT_JUDGED : atMost(compared, criteria.maxPrice());
  }

  private Verdict underpriced(Listing listing, AlertCriteria criteria, ReferencePrices reference) {
    if (criteria.underpricedPercent() == null) {
      return Verdict.NOT_JUDGED;
    }
    return underpricedVerdict(listing.price(), reference.forCondition(listing.mediaCondition()),
        criteria.underpricedPercent());
  }

  private Verdict underpricedVerdict(Money price, Optional<Money> reference, int percent) {
    if (reference.isEmpty()) {
      return Verdict.NOT_JUDGED;
    }
    Optional<Money> converted = rates.convert(price, reference.get().currency());
    if (converted.isEmpty()) {
      return Verdict.NOT_JUDGED;
    }
    return atMost(converted.get(), reference.get().lessPercent(percent));
  }

  private static Verdict media(Listing listing, AlertCriteria criteria) {
    return criteria.minMediaCondition() == null
            || listing.mediaCondition().isAtLeast(criteria.minMediaCondition())
        ? Verdict.PASSED : Verdict.FAILED;
  }

  private static Verdict sleeve(Listing listing, AlertCriteria criteria) {
    if (criteria.minSleeveCondition() == null) {
      return Verdict.PASSED;
    }
    return switch (listing.sleeveCondition().meets(criteria.minSleeveCondition())) {
      case MEETS -> Verdict.PASSED;
      case FAILS -> Verdict.FAILED;
      case NOT_GRADED -> Verdict.NOT_JUDGED;
    };
  }

  private static Verdict sellerRating(Listing listing, AlertCriteria criteria) {
    if (criteria.minSellerRating() == null) {
      return Verdict.PASSED;
    }
    if (listing.seller().rating() == null) {
      return Verdict.NOT_JUDGED;
    }
    return listing.seller().rating().compareTo(criteria.minSellerRating()) >= 0 ? Verdict.PASSED : Verdict.FAILED;
  }

  private static Verdict sellerFeedback(Listing listing, AlertCriteria criteria) {
    if (criteria.minSellerFeedback() == null) {
      return Verdict.PASSED;
    }
    if (listing.seller().feedbackCount() == null) {
      return Verdict.NOT_JUDGED;
    }
    return listing.seller().feedbackCount() >= criteria.minSellerFeedback() ? Verdict.PASSED : Verdict.FAILED;
  }

  private static Verdict blocked(Listing listing, AlertCriteria criteria) {
    if (criteria.blockedSellers().isEmpty()) {
      return Verdict.PASSED;
    }
    String seller = listing.seller().name();
    for (String blocked : criteria.blockedSellers()) {
      if (blocked.equalsIgnoreCase(seller)) {
        return Verdict.FAILED;
      }
    }
    return Verdict.PASSED;
  }

  // --- prices ------------------------------------------------------------------------------

  /** The listing's price as the maximum is meant, in the maximum's currency; null when not judgeable. */
  private Money comparedPrice(Listing listing, AlertCriteria criteria) {
    Money max = criteria.maxPrice();
    Money item = listing.price();
    if (criteria.priceBasis() == PriceBasis.ITEM_PLUS_SHIPPING) {
      if (listing.shipping() != null) {
        if (item.currency() == max.currency() && listing.shipping().currency() == max.currency()) {
          return item.plus(listing.shipping());
        }
        Optional<Money> shipping = rates.convert(listing.shipping(), max.currency());
        Optional<Money> converted = rates.convert(item, max.currency());
        return shipping.isEmpty() || converted.isEmpty() ? null : converted.get().plus(shipping.get());
      }
      if (criteria.unknownShipping() == UnknownShipping.DO_NOT_JUDGE) {
        return null;
      }
    }
    return item.currency() == max.currency() ? item : rates.convert(item, max.currency()).orElse(null);
  }

  private Money comparedStatsPrice(Money lowest, AlertCriteria criteria) {
    if (criteria.priceBasis() == PriceBasis.ITEM_PLUS_SHIPPING
        && criteria.unknownShipping() == UnknownShipping.DO_NOT_JUDGE) {
      return null;
    }
    return rates.convert(lowest, criteria.maxPrice().currency()).orElse(null);
  }

  private static Verdict atMost(Money price, Money limit) {
    return price.isAtMost(limit) ? Verdict.PASSED : Verdict.FAILED;
  }

  private String describeMaxPrice(Listing listing, AlertCriteria criteria) {
    String what = listing.price().toString();
    if (criteria.priceBasis() == PriceBasis.ITEM_PLUS_SHIPPING && listing.shipping() != null) {
      what = what + " + " + listing.shipping() + " shipping";
    }
    return describePrice(what, listing.price(), comparedPrice(listing, criteria), criteria.maxPrice(),
        criteria, listing.shipping());
  }

  /** "20.00 USD (17.36 EUR) is at most 25.00 EUR": the compared figure shown where it differs. */
  private static String describePrice(String what, Money price, Money compared, Money max,
      AlertCriteria criteria, Money shipping) {
    boolean shippingUnknown = criteria.priceBasis() == PriceBasis.ITEM_PLUS_SHIPPING && shipping == null;
    if (compared == null) {
      return what + (shippingUnknown && criteria.unknownShipping() == UnknownShipping.DO_NOT_JUDGE
          ? ": shipping unknown, so the total cannot be compared with " + max
          : ": no exchange rate to " + max.currency());
    }
    String converted = compared.toString().equals(price.toString()) ? "" : " (" + compared + ")";
    String relation = compared.isAtMost(max) ? " is at most " : " is over ";
    return what + converted + relation + max
        + (shippingUnknown ? "; shipping unknown, compared without it" : "");
  }

  private String describeUnderpriced(Money price, Optional<Money> reference, int percent) {
    if (reference.isEmpty()) {
      return "no reference price for this release and condition, no verdict";
    }
    Money threshold = reference.get().lessPercent(percent);
    Optional<Money> converted = rates.convert(price, threshold.currency());
    if (converted.isEmpty()) {
      return price + ": no exchange rate to " + threshold.currency();
    }
    String shown = converted.get().currency() == price.currency() ? price.toString()
        : price + " (" + converted.get() + ")";
    return shown + (converted.get().isAtMost(threshold) ? " is at least " : " is less than ")
        + percent + " % under the reference " + reference.get() + " (" + threshold + " or less)";
  }
}
