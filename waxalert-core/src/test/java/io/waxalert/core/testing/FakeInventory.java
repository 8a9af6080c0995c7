package io.waxalert.core.testing;

import io.waxalert.core.model.Listing;
import io.waxalert.core.sellers.InventoryPage;
import io.waxalert.core.sellers.InventoryPages;
import io.waxalert.core.spi.ListingSourceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Sellers' inventories in memory, served page by page newest first as Discogs serves them, that
 * tests change between checks (new listings on top, sold ones gone) and that count every page asked
 * for: one request each. Pages past {@code readablePages} fail, as Discogs refuses them for other
 * sellers' inventories. Thread-safe.
 */
public final class FakeInventory implements InventoryPages {

  private final int perPage;
  private final int readablePages;
  private final Map<String, LinkedList<Listing>> inventories = new HashMap<>();
  private final List<String> asked = new ArrayList<>();
  private int requests;
  private RuntimeException nextFailure;
  private int failOnPage;

  /** Discogs' shape: 100 per page, pages up to 100. */
  public FakeInventory() {
    this(100, 100);
  }

  public FakeInventory(int perPage, int readablePages) {
    this.perPage = perPage;
    this.readablePages = readablePages;
  }

  /** Lists these on top of the seller's inventory, the last one newest. */
  public synchronized FakeInventory list(String seller, Listing... listings) {
    LinkedList<Listing> inventory = inventories.computeIfAbsent(key(seller), k -> new LinkedList<>());
    for (Listing listing : listings) {
      inventory.addFirst(listing);
    }
    return this;
  }

  /** {@code count} listings of release {@code releaseId} with ids from {@code firstId}, oldest first. */
  public synchronized FakeInventory listMany(String seller, long firstId, int count, long releaseId) {
    for (int i = 0; i < count; i++) {
      list(seller, ListingTestData.aListing().withId(firstId + i).forRelease(releaseId).bySeller(seller, "99.5", 120)
          .build());
    }
    return this;
  }

  /** The listing was sold: it leaves the seller's inventory. */
  public synchronized void sell(String seller, long listingId) {
    inventories.getOrDefault(key(seller), new LinkedList<>()).removeIf(l -> l.listingId() == listingId);
  }

  /** The next read of page {@code page} (any seller) throws {@code failure}; once. */
  public synchronized void failOnPage(int page, RuntimeException failure) {
    this.failOnPage = page;
    this.nextFailure = failure;
  }

  @Override
  public synchronized InventoryPage read(String seller, int page) {
    asked.add(key(seller) + "#" + page);
    requests++;
    if (nextFailure != null && page == failOnPage) {
      RuntimeException failure = nextFailure;
      nextFailure = null;
      throw failure;
    }
    if (page > readablePages) {
      throw new ListingSourceException("page " + page + " of the inventory of " + seller + " is not served");
    }
    List<Listing> inventory = inventories.getOrDefault(key(seller), new LinkedList<>());
    int items = inventory.size();
    int pages = (items + perPage - 1) / perPage;
    int from = Math.min(items, (page - 1) * perPage);
    List<Listing> listings = List.copyOf(inventory.subList(from, Math.min(items, from + perPage)));
    return new InventoryPage(seller, page, pages, items, perPage, listings);
  }

  /** Pages asked for so far, every seller: the requests spent. */
  public synchronized int requests() {
    return requests;
  }

  /** The pages asked for since the last call, in order, e.g. {@code [1, 2, 3]}. */
  public synchronized List<Integer> pagesAskedSinceLast() {
    List<Integer> pages = asked.stream().map(a -> Integer.parseInt(a.substring(a.indexOf('#') + 1))).toList();
    asked.clear();
    return pages;
  }

  private static String key(String seller) {
    return seller.toLowerCase(Locale.ROOT);
  }
}
