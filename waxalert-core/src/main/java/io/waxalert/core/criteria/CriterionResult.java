package io.waxalert.core.criteria;

import java.util.Objects;

/**
 * One criterion's verdict with the reason in words, e.g. "12.50 EUR is at most 25.00 EUR".
 */
public record CriterionResult(Criterion criterion, Verdict verdict, String reason) {

  public CriterionResult {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    String mark = switch (verdict) {
      case PASSED -> "ok";
      case FAILED -> "no";
      case NOT_JUDGED -> "not judged";
    };
    return criterion.label() + " (" + mark + "): " + reason;
  }
}
