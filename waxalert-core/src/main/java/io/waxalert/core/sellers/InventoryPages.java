package io.waxalert.core.sellers;

/**
 * Where inventory pages come from: Discogs' {@code GET /users/{u}/inventory} sorted by listing
 * date, newest first, or a fake. Each call is one request on the source's budget. Implementations
 * are thread-safe and throw an unchecked exception (preferably {@code ListingSourceException})
 * when the page could not be read — never an empty page for a failed read.
 *
 * <pre>{@code
 * InventoryPages pages = discogsClient::inventoryPage;
 * }</pre>
 */
@FunctionalInterface
public interface InventoryPages {

  /**
   * Page {@code page} of the seller's inventory, newest listings first; one request.
   *
   * @param seller the seller's Discogs username, any case
   * @param page the page number, from 1
   * @return the page, with the inventory's counts as the source has them now
   * @throws RuntimeException when the page could not be read (preferably {@link
   *     io.waxalert.core.spi.ListingSourceException}), never an empty page instead
   */
  InventoryPage read(String seller, int page);
}
