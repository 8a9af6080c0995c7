package io.waxalert.core.criteria;

import java.util.Locale;

/** Which price trigger made a listing alert-worthy, or that the release came up for sale at all. */
public enum AlertType {
  /** At or under the entry's maximum price; wins when both triggers hold. */
  PRICE_MATCHED,
  /** At least the entry's percentage under the release's reference price. */
  UNDERPRICED,
  /**
   * An entry that asks nothing but availability ({@link AlertCriteria#isAvailabilityOnly()}): the
   * release is for sale after a check found none.
   */
  FOR_SALE;

  /**
   * The snake_case name used in JSON and the database: {@code price_matched}.
   *
   * @return the lower-case name
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
