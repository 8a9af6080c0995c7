package io.waxalert.core.criteria;

import io.waxalert.core.criteria.AlertCriteria.PriceBasis;
import io.waxalert.core.criteria.AlertCriteria.UnknownShipping;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The contract's rules. Each criterion is judged by one method returning a {@link Verdict}; the fast
 * {@link #matches} and the explaining {@link #evaluate} both use them, so the two cannot disagree.
 * {@link VerdictReports} turns each verdict into a {@link CriterionResult} with its figures.
 */
final class DefaultCriteriaMatcher implements CriteriaMatcher {

  private final ExchangeRates rates;
  private final VerdictReports reports;

  DefaultCriteriaMatcher(ExchangeRates rates) {
    this.rates = Objects.requireNonNull(rates, "rates");
    this.reports = new VerdictReports(rates);
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
        && ShipsToRule.judge(listing, criteria) != Verdict.FAILED
        && sellerRating(listing, criteria) != Verdict.FAILED
        && sellerFeedback(listing, criteria) != Verdict.FAILED
        && blocked(listing, criteria) != Verdict.FAILED;
  }

  @Override
  public MatchResult evaluate(Listing listing, AlertCriteria criteria, ReferencePrices reference) {
    List<CriterionResult> results = new ArrayList<>(9);
    Verdict max = null;
    Verdict under = null;
    if (criteria.maxPrice() != null) {
      max = maxPrice(listing, criteria);
      results.add(reports.maxPrice(max, listing, comparedPrice(listing, criteria), criteria));
    }
    if (criteria.underpricedPercent() != null) {
      under = underpriced(listing, criteria, reference);
      results.add(reports.underpriced(under, listing.price(),
          reference.forCondition(listing.mediaCondition()), criteria.underpricedPercent()));
    }
    if (criteria.minMediaCondition() != null) {
      results.add(reports.media(media(listing, criteria), listing, criteria));
    }
    if (criteria.minSleeveCondition() != null) {
      results.add(reports.sleeve(sleeve(listing, criteria), listing, criteria));
    }
    if (criteria.shipsFrom().isSet()) {
      results.add(reports.shipsFrom(criteria.shipsFrom().judge(listing.shipsFrom()), listing, criteria));
    }
    if (criteria.buyerCountry() != null) {
      results.add(ShipsToRule.report(ShipsToRule.judge(listing, criteria), listing, criteria));
    }
    if (criteria.minSellerRating() != null) {
      results.add(reports.sellerRating(sellerRating(listing, criteria), listing, criteria));
    }
    if (criteria.minSellerFeedback() != null) {
      results.add(reports.sellerFeedback(sellerFeedback(listing, criteria), listing, criteria));
    }
    if (!criteria.blockedSellers().isEmpty()) {
      results.add(reports.blocked(blocked(listing, criteria), listing));
    }
    return decide(max, under, results);
  }

  @Override
  public MatchResult evaluateStats(MarketStats stats, AlertCriteria criteria, ReferencePrices reference) {
    List<CriterionResult> results = new ArrayList<>(9);
    Money lowest = stats.nothingForSale() ? null : stats.lowestPrice();
    Verdict max = null;
    Verdict under = null;
    if (criteria.maxPrice() != null) {
      if (lowest == null) {
        max = Verdict.NOT_JUDGED;
        results.add(reports.nothingToJudge(Criterion.MAX_PRICE, stats));
      } else {
        Money compared = comparedStatsPrice(lowest, criteria);
        max = compared == null ? Verdict.NOT_JUDGED : atMost(compared, criteria.maxPrice());
        results.add(reports.lowestPrice(max, lowest, compared, criteria));
      }
    }
    if (criteria.underpricedPercent() != null) {
      Optional<Money> ref = reference.forCondition(criteria.minMediaCondition());
      if (lowest == null) {
        under = Verdict.NOT_JUDGED;
        results.add(reports.nothingToJudge(Criterion.UNDERPRICED, stats));
      } else {
        under = underpricedVerdict(lowest, ref, criteria.underpricedPercent());
        results.add(reports.underpriced(under, lowest, ref, criteria.underpricedPercent()));
      }
    }
    results.addAll(reports.unjudgeableFromAggregate(criteria));
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
}
