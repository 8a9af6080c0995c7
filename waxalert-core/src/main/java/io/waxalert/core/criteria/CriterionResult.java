package io.waxalert.core.criteria;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One criterion's verdict with its figures: what the listing showed, what the entry asks, and the
 * reason in words, e.g. observed {@code 12.50 EUR}, required {@code at most 25.00 EUR}, reason
 * "12.50 EUR is at most 25.00 EUR". Mails, webhooks and pages render these values; none of them
 * reads the reason back.
 *
 * @param criterion which rule
 * @param verdict how it came out
 * @param observed the listing's figure as shown to a collector, null when unknown (a seller
 *     without rating, an aggregate price that has no grade)
 * @param required what the entry asks, e.g. {@code at least VG+}; null when the rule has no figure
 * @param reason the whole verdict in one sentence
 */
public record CriterionResult(
    Criterion criterion, Verdict verdict, @Nullable String observed, @Nullable String required,
    String reason) {

  /**
   * Validates the result.
   *
   * @param criterion which rule
   * @param verdict how it came out
   * @param observed the listing's figure as shown to a collector, null when unknown (a seller
   *     without rating, an aggregate price that has no grade)
   * @param required what the entry asks, e.g. {@code at least VG+}; null when the rule has no
   *     figure
   * @param reason the whole verdict in one sentence
   * @throws NullPointerException if {@code criterion}, {@code verdict} or {@code reason} is null
   */
  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
  }

  /**
   * A verdict with its reason only, no separate figures.
   *
   * @param criterion which rule
   * @param verdict how it came out
   * @param reason the whole verdict in one sentence
   */
  public CriterionResult(Criterion criterion, Verdict verdict, String reason) {
    this(criterion, verdict, null, null, reason);
  }

  /**
   * The verdict's mark in explanations: {@code ok}, {@code no} or {@code not judged}.
   *
   * @return the mark
   */
  public String mark() {
    return switch (verdict) {
      case PASSED -> "ok";
      case FAILED -> "no";
      case NOT_JUDGED -> "not judged";
    };
  }

  /** {@code max price (ok): 12.50 EUR is at most 25.00 EUR}. */
  @Override
  public String toString() {
    return criterion.label() + " (" + mark() + "): " + reason;
  }

  /**
   * One line per verdict, as {@link #toString()} writes them; for logs and plain-text renderings.
   *
   * @param results the verdicts, in the order to write them
   * @return the lines joined by {@code \n}, empty for no verdicts
   */
  public static String lines(List<CriterionResult> results) {
    return results.stream().map(CriterionResult::toString).collect(Collectors.joining("\n"));
  }
}
