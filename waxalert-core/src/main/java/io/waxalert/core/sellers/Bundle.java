package io.waxalert.core.sellers;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.Money;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * One seller's fitting listings of two or more of a collector's wants: one order, one shipping.
 *
 * @param seller the seller's username
 * @param shipsFrom where the listings ship from (the most common of them), null when unknown
 * @param items per wanted entry its cheapest fitting listing, in the entries' order
 * @param total the items' prices in the collector's currency, shipping excluded (Discogs combines
 *     it per order, by the seller's own rules)
 */
public record Bundle(String seller, @Nullable String shipsFrom, List<Item> items, Money total) {

  /**
   * Validates the bundle and copies the items.
   *
   * @param seller the seller's username
   * @param shipsFrom where the listings ship from (the most common of them), null when unknown
   * @param items per wanted entry its cheapest fitting listing, in the entries' order; two or more
   * @param total the items' prices in the collector's currency, shipping excluded
   * @throws NullPointerException if a component not marked nullable is null
   * @throws IllegalArgumentException if the bundle holds fewer than two wants
   */
  public Bundle {
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(total, "total");
    items = List.copyOf(items);
    if (items.size() < 2) {
      throw new IllegalArgumentException("a bundle holds at least two wants");
    }
  }

  /**
   * One want of the bundle.
   *
   * @param entryId the wanted entry the listing fits
   * @param title the entry's "Artist – Title"
   * @param listing the cheapest fitting listing of the seller for it
   * @param price its item price in the collector's currency
   */
  public record Item(UUID entryId, String title, Listing listing, Money price) {
    /**
     * Validates the item.
     *
     * @param entryId the wanted entry the listing fits
     * @param title the entry's "Artist – Title"
     * @param listing the cheapest fitting listing of the seller for it
     * @param price its item price in the collector's currency
     * @throws NullPointerException if a component is null
     */
    public Item {
      Objects.requireNonNull(entryId, "entryId");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(listing, "listing");
      Objects.requireNonNull(price, "price");
    }
  }
}
