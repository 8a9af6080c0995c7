package io.waxalert.core.criteria;

/** The rules a wanted entry can set, in the order the matcher judges and explains them. */
public enum Criterion {
  MAX_PRICE("max price"),
  UNDERPRICED("underpriced"),
  MEDIA_CONDITION("media condition"),
  SLEEVE_CONDITION("sleeve condition"),
  SHIPS_FROM("ships from"),
  SELLER_RATING("seller rating"),
  SELLER_FEEDBACK("seller feedback"),
  BLOCKED_SELLER("blocked sellers");

  private final String label;

  Criterion(String label) {
    this.label = label;
  }

  /** Words for explanations and mails. */
  public String label() {
    return label;
  }

  /** The two price triggers, of which one passing is enough; every other set criterion must hold. */
  public boolean isPriceTrigger() {
    return this == MAX_PRICE || this == UNDERPRICED;
  }
}
