package io.waxalert.core.criteria;

import java.util.List;

/**
 * The outcome of holding one listing (or one market aggregate) against one entry's criteria, with
 * every set criterion's verdict so the outcome explains itself.
 */
public sealed interface MatchResult permits MatchResult.Matched, MatchResult.Rejected {

  /** Each set criterion with its verdict, in {@link Criterion} order. */
  List<CriterionResult> results();

  default boolean isMatch() {
    return this instanceof Matched;
  }

  /** The criteria whose data was unknown: for the mail's "still to check" part. */
  default List<CriterionResult> notJudged() {
    return results().stream().filter(r -> r.verdict() == Verdict.NOT_JUDGED).toList();
  }

  /** One line per criterion, e.g. {@code max price (ok): 12.50 EUR is at most 25.00 EUR}. */
  default String explain() {
    if (results().isEmpty()) {
      // Only two ways to judge nothing: no criteria at all, or a market with nothing to judge.
      return isMatch() ? "no criteria set: any listing fits" : "nothing for sale";
    }
    return CriterionResult.lines(results());
  }

  /** Every set criterion holds or could not be judged, and a price trigger (if any was set) passed. */
  record Matched(AlertType type, List<CriterionResult> results) implements MatchResult {
    public Matched {
      java.util.Objects.requireNonNull(type, "type");
      results = List.copyOf(results);
    }
  }

  /** A criterion failed, or no price trigger passed. */
  record Rejected(List<CriterionResult> results) implements MatchResult {
    public Rejected {
      results = List.copyOf(results);
    }

    /** The criteria that failed. */
    public List<CriterionResult> failures() {
      return results.stream().filter(r -> r.verdict() == Verdict.FAILED).toList();
    }
  }
}
