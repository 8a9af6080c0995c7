package io.waxalert.core.sellers;

import io.waxalert.core.Nullable;
import java.util.Objects;

/**
 * What one check of one followed seller did.
 *
 * @param seller the seller
 * @param requests inventory pages read, one request each
 * @param newListings listings not known before
 * @param removedListings listings gone since the previous complete read (sold or withdrawn)
 * @param newAlerts alerts recorded for the followers' entries
 * @param listingsKnown the seller's listings known after the check
 * @param status the seller's status after the check
 * @param failure why the inventory could not be read, null when it could
 */
public record SellerCheckReport(
    String seller, int requests, int newListings, int removedListings, int newAlerts, long listingsKnown,
    SellerStatus status, @Nullable String failure) {

  /**
   * Validates the report.
   *
   * @param seller the seller
   * @param requests inventory pages read, one request each
   * @param newListings listings not known before
   * @param removedListings listings gone since the previous complete read (sold or withdrawn)
   * @param newAlerts alerts recorded for the followers' entries
   * @param listingsKnown the seller's listings known after the check
   * @param status the seller's status after the check
   * @param failure why the inventory could not be read, null when it could
   * @throws NullPointerException if {@code seller} or {@code status} is null
   */
  public SellerCheckReport {
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(status, "status");
  }

  /**
   * One line for logs: {@code seller vinylshop: 1 request, 3 new, 0 gone, 1 alert, 250 known (ok)}.
   *
   * @return the line, with the failure after the status when there is one
   */
  public String summary() {
    return "seller " + seller + ": " + requests + (requests == 1 ? " request, " : " requests, ") + newListings + " new, " + removedListings
        + " gone, " + newAlerts + (newAlerts == 1 ? " alert, " : " alerts, ") + listingsKnown + " known ("
        + status.wireName() + (failure == null ? "" : ": " + failure) + ")";
  }
}
