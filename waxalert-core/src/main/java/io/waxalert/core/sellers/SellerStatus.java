package io.waxalert.core.sellers;

import java.util.Locale;

/** How the reading of a followed seller's inventory stands. */
public enum SellerStatus {
  /** The first full read is still spread over checks. */
  READING,
  /** Read in full at least once; the last check worked. */
  OK,
  /** The last check could not read the inventory. */
  CHECK_FAILED;

  /**
   * The snake_case name of JSON and the database: {@code check_failed}.
   *
   * @return the lower-case name
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
