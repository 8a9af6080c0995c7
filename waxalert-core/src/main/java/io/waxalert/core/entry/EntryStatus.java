package io.waxalert.core.entry;

import java.util.Locale;

/** Where a wanted entry stands after its last check. */
public enum EntryStatus {
  /** Checked; something is for sale, nothing fits. Also the state before the first check. */
  MONITORING,
  /** A copy at or under the maximum price fits every criterion. */
  PRICE_MATCHED,
  /** A copy far enough under the reference price fits every criterion. */
  UNDERPRICED,
  /** Nothing for sale, or Discogs blocks the release from sale. */
  NO_LISTINGS,
  /** The check could not be made (error, blocked page); says nothing about what is for sale. */
  CHECK_FAILED;

  /**
   * The lower-case name used in JSON and the database: {@code price_matched}.
   *
   * @return the lower-case name
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * The status of a wire name, as {@link #wireName()} writes it.
   *
   * @param name the name, any case
   * @return the status
   * @throws IllegalArgumentException for an unknown name
   */
  public static EntryStatus fromWireName(String name) {
    return valueOf(name.toUpperCase(Locale.ROOT));
  }
}
