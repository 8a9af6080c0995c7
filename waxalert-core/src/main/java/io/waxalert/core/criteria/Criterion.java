package io.waxalert.core.criteria;

/** The rules a wanted entry can set, in the order the matcher judges and explains them. */
public enum Criterion {
  /** The price (item, or item plus shipping) in the entry's currency is at most the maximum. */
  MAX_PRICE("max price"),
  /** The price is at least the set percentage under the release's reference price. */
  UNDERPRICED("underpriced"),
  /** The record is graded at least the minimum. */
  MEDIA_CONDITION("media condition"),
  /** The sleeve is graded at least the minimum. */
  SLEEVE_CONDITION("sleeve condition"),
  /** The listing ships from an included, or not from an excluded, country. */
  SHIPS_FROM("ships from"),
  /** The sell page's "Unavailable in" note against the buyer's country. */
  SHIPS_TO("ships to you"),
  /** The seller's positive-feedback percentage is at least the minimum. */
  SELLER_RATING("seller rating"),
  /** The seller has at least the minimum number of ratings. */
  SELLER_FEEDBACK("seller feedback"),
  /** The seller is not one the collector blocked. */
  BLOCKED_SELLER("blocked sellers"),
  /**
   * The one rule of an entry that sets no other ({@link AlertCriteria#isAvailabilityOnly()}): the
   * release is for sale after a check found none.
   */
  FOR_SALE("for sale");

  private final String label;

  Criterion(String label) {
    this.label = label;
  }

  /**
   * Words for explanations and mails.
   *
   * @return the label, lower case: {@code "max price"}
   */
  public String label() {
    return label;
  }

  /**
   * The two price triggers, of which one passing is enough; every other set criterion must hold.
   *
   * @return true for {@link #MAX_PRICE} and {@link #UNDERPRICED}
   */
  public boolean isPriceTrigger() {
    return this == MAX_PRICE || this == UNDERPRICED;
  }
}
