package io.waxalert.core.criteria;

/** How one criterion came out for one listing. */
public enum Verdict {
  /** The listing meets the criterion. */
  PASSED,
  /** The listing does not meet the criterion. */
  FAILED,
  /** The data needed is unknown (seller without rating, ungraded sleeve, an aggregate price). */
  NOT_JUDGED
}
