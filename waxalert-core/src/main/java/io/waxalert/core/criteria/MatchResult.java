package io.waxalert.core.criteria;

import java.util.List;

/**
 * The outcome of holding one listing (or one market aggregate) against one entry's criteria, with
 * every set criterion's verdict so the outcome explains itself.
 */
public sealed interface MatchResult permits MatchResult.Matched, MatchResult.Rejected {

  /**
   * Each set criterion with its verdict, in {@link Criterion} order.
   *
   * @return the verdicts, unmodifiable; empty when no criterion was set or nothing was for sale
   */
  List<CriterionResult> results();

  /**
   * Whether the listing fits.
   *
   * @return true for {@link Matched}
   */
  default boolean isMatch() {
    return this instanceof Matched;
  }

  /**
   * The criteria whose data was unknown: for the mail's "still to check" part.
   *
   * @return the unjudged verdicts, in {@link Criterion} order
   */
  default List<CriterionResult> notJudged() {
    return results().stream().filter(r -> r.verdict() == Verdict.NOT_JUDGED).toList();
  }

  /**
   * One line per criterion, e.g. {@code max price (ok): 12.50 EUR is at most 25.00 EUR}.
   *
   * @return the explanation; a fixed sentence when there are no verdicts
   */
  default String explain() {
    if (results().isEmpty()) {
      // Only two ways to judge nothing: no criteria at all, or a market with nothing to judge.
      return isMatch() ? "no criteria set: any listing fits" : "nothing for sale";
    }
    return CriterionResult.lines(results());
  }

  /**
   * Every set criterion holds or could not be judged, and a price trigger (if any was set) passed.
   *
   * @param type which price trigger made it alert-worthy ({@link AlertType#PRICE_MATCHED} also when
   *     no price trigger is set)
   * @param results each set criterion with its verdict, copied
   */
  record Matched(AlertType type, List<CriterionResult> results) implements MatchResult {
    /**
     * Copies the verdicts.
     *
     * @param type which price trigger made it alert-worthy ({@link AlertType#PRICE_MATCHED} also
     *     when no price trigger is set)
     * @param results each set criterion with its verdict, copied
     * @throws NullPointerException if {@code type} or {@code results} is null
     */
    public Matched {
      java.util.Objects.requireNonNull(type, "type");
      results = List.copyOf(results);
    }
  }

  /**
   * A criterion failed, or no price trigger passed.
   *
   * @param results each set criterion with its verdict, copied
   */
  record Rejected(List<CriterionResult> results) implements MatchResult {
    /**
     * Copies the verdicts.
     *
     * @param results each set criterion with its verdict, copied
     * @throws NullPointerException if {@code results} is null
     */
    public Rejected {
      results = List.copyOf(results);
    }

    /**
     * The criteria that failed.
     *
     * @return the failed verdicts; empty when the listing was rejected only for want of a passing
     *     price trigger
     */
    public List<CriterionResult> failures() {
      return results.stream().filter(r -> r.verdict() == Verdict.FAILED).toList();
    }
  }
}
