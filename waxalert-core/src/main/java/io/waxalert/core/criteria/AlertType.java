package io.waxalert.core.criteria;

import java.util.Locale;

/** Which price trigger made a listing alert-worthy. */
public enum AlertType {
  /** At or under the entry's maximum price; wins when both triggers hold. */
  PRICE_MATCHED,
  /** At least the entry's percentage under the release's reference price. */
  UNDERPRICED;

  /**
   * The snake_case name used in JSON and the database: {@code price_matched}.
   *
   * @return the lower-case name
   */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
