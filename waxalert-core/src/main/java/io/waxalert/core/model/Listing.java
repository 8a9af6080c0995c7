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
 * @param unavailableIn the country the sell page says this listing cannot be bought in
 *     ("Unavailable in Germany": the country Discogs placed the page's visitor in), null when the
 *     page shows no such note or the source cannot know (the API has no such field)
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
    String url,
    @Nullable String unavailableIn) {

  /**
   * Validates the listing; a blank {@code unavailableIn} becomes null.
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
   * @param unavailableIn the country the sell page says this listing cannot be bought in
   *     ("Unavailable in Germany": the country Discogs placed the page's visitor in), null when the
   *     page shows no such note or the source cannot know (the API has no such field)
   * @throws IllegalArgumentException if an id is not positive
   * @throws NullPointerException if a component not marked nullable is null
   */
  public Listing {
    if (listingId <= 0 || releaseId <= 0) {
      throw new IllegalArgumentException("listing and release ids must be positive");
    }
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(mediaCondition, "mediaCondition");
    Objects.requireNonNull(sleeveCondition, "sleeveCondition");
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(url, "url");
    unavailableIn = unavailableIn == null || unavailableIn.isBlank() ? null : unavailableIn.trim();
  }

  /**
   * A listing without an "unavailable in" note, as every source but the sell page gives them.
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
  public Listing(long listingId, long releaseId, Money price, @Nullable Money shipping,
      MediaCondition mediaCondition, SleeveCondition sleeveCondition, Seller seller,
      @Nullable String shipsFrom, @Nullable Instant posted, String url) {
    this(listingId, releaseId, price, shipping, mediaCondition, sleeveCondition, seller, shipsFrom,
        posted, url, null);
  }
}
