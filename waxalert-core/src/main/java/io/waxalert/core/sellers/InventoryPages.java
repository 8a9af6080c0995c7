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

  /** Page {@code page} (from 1) of the seller's inventory, newest listings first. */
  InventoryPage read(String seller, int page);
}
