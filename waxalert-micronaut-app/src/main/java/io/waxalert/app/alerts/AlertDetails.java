package io.waxalert.app.alerts;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Money;

/**
 * What a message tells of an alert beyond the alert itself: the release as the entry knows it (for a
 * master entry, the master's title and cover; its format and catalogue number are the release's
 * own, unknown here), and the price it came down from.
 *
 * @param downFrom the price of the entry's last alert, or else the lowest price at the release's
 *     previous check, when this alert's price is lower; null otherwise
 * @param downFromWhen "at your last alert" or "at the check before"
 */
public record AlertDetails(@Nullable String artist, @Nullable String releaseTitle, @Nullable String coverUrl,
    @Nullable String format, @Nullable String catalogNumber, @Nullable Integer year, @Nullable Money downFrom,
    @Nullable String downFromWhen) {

  private static final AlertDetails NONE = new AlertDetails(null, null, null, null, null, null, null, null);

  /** Nothing known beyond the alert. */
  public static AlertDetails none() {
    return NONE;
  }

  /** Where a message finds the details of its alerts. */
  @FunctionalInterface
  public interface Source {
    AlertDetails of(Alert alert);
  }
}
