package io.waxalert.core.model;

import io.waxalert.core.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * One copy for sale on the Discogs marketplace.
 *
 * @param listingId Discogs listing id
 * @param releaseId the release it is a copy of
 * @param price item price, in the seller's or a converted currency
 * @param shipping shipping to the buyer, null when unknown
 * @param mediaCondition grade of the record
 * @param sleeveCondition grade of the sleeve
 * @param seller who sells it
 * @param shipsFrom country name as Discogs writes it ("Germany"), null when unknown
 * @param posted when it was listed, null when unknown
 * @param url where to buy it
 */
public record Listing(
    long listingId,
    long releaseId,
    Money price,
    @Nullable Money shipping,
    MediaCondition mediaCondition,
    SleeveCondition sleeveCondition,
    Seller seller,
    @Nullable String shipsFrom,
    @Nullable Instant posted,
    String url) {

  public Listing {
    if (listingId <= 0 || releaseId <= 0) {
      throw new IllegalArgumentException("listing and release ids must be positive");
    }
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(mediaCondition, "mediaCondition");
    Objects.requireNonNull(sleeveCondition, "sleeveCondition");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(url, "url");
  }
}
