package io.waxalert.core.sellers;

import io.waxalert.core.model.Listing;
import java.util.List;
import java.util.Objects;

/**
 * One page of a seller's inventory, newest listings first, as the source read it.
 *
 * @param seller the seller's username
 * @param page this page's number, from 1
 * @param pages how many pages the inventory has now (Discogs' count; the readable ones may be fewer)
 * @param items how many listings the inventory has now
 * @param perPage the page size the positions are counted in
 * @param listings the listings of the page that could be read; fewer than {@code perPage} on the
 *     last page, or where the source skipped an entry it could not read
 */
public record InventoryPage(String seller, int page, int pages, int items, int perPage, List<Listing> listings) {

  /**
   * Validates the counts and copies the listings.
   *
   * @param seller the seller's username
   * @param page this page's number, from 1
   * @param pages how many pages the inventory has now (Discogs' count; the readable ones may be
   *     fewer)
   * @param items how many listings the inventory has now
   * @param perPage the page size the positions are counted in
   * @param listings the listings of the page that could be read
   * @throws NullPointerException if {@code seller} or {@code listings} is null
   * @throws IllegalArgumentException if {@code page} or {@code perPage} is below 1, or a count is
   *     negative
   */
  public InventoryPage {
    Objects.requireNonNull(seller, "seller");
    if (page < 1 || pages < 0 || items < 0 || perPage < 1) {
      throw new IllegalArgumentException("page numbers, counts and page size must be positive");
    }
    listings = List.copyOf(listings);
  }

  /**
   * True when no page follows this one, by the counts (a page of skipped entries may be empty yet
   * not last).
   *
   * @return true when this is the inventory's last page
   */
  public boolean isLast() {
    return page >= pages || (long) page * perPage >= items;
  }
}
