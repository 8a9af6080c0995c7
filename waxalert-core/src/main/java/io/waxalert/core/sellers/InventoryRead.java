package io.waxalert.core.sellers;

import io.waxalert.core.Nullable;
import java.time.Duration;
import java.time.Instant;

/**
 * One check's reading of one seller's inventory, newest listings first, within the policy's pages:
 *
 * <ol>
 *   <li>From page 1 until a page whose listings were all known before: the new listings, usually
 *       one request.
 *   <li>With the pages left, the complete read in progress, resumed where it stopped. The first
 *       complete read starts at once and is spread over checks; a later one starts early enough to
 *       end within {@code maxStaleness} of the last one's start. When it ends, the listings it did
 *       not read are gone (sold or withdrawn).
 * </ol>
 *
 * <p>Resuming by position: the read in progress remembers how many listings (newest first) it has
 * covered. Before resuming, that position moves by the change of the inventory's size since the
 * last page read, so listings added on top never push unread ones into the covered part; a
 * removal in the unread part only makes a few listings read twice.
 */
final class InventoryRead {

  /** What the reading did; {@code state} carries the progress, also when a page failed. */
  record Outcome(SellerReadState state, int requests, int pagesRead, int newListings, int removed,
      @Nullable RuntimeException failure) {}

  private final InventoryPages pages;
  private final SellerInventoryStore store;
  private final SellerWatchPolicy policy;

  private SellerReadState state;
  private int requests;
  private int pagesRead;
  private int newListings;
  private int lastPageNew;
  private int removed;

  InventoryRead(InventoryPages pages, SellerInventoryStore store, SellerWatchPolicy policy, SellerReadState start) {
    this.pages = pages;
    this.store = store;
    this.policy = policy;
    this.state = start;
  }

  Outcome run(Instant now) {
    try {
      readNewestAndResume(now);
      return new Outcome(state, requests, pagesRead, newListings, removed, null);
    } catch (RuntimeException e) {
      return new Outcome(state, requests, pagesRead, newListings, removed, e);
    }
  }

  private void readNewestAndResume(Instant now) {
    String seller = state.seller();
    InventoryPage first = null;
    int covered = 0;
    int newestPages = 0;
    boolean reachedEnd = false;
    for (int page = 1; requests < policy.maxPagesPerCheck(); page++) {
      InventoryPage read = read(seller, page, now);
      first = first == null ? read : first;
      covered = page * read.perPage();
      newestPages = page;
      reachedEnd = read.isLast() || page >= policy.readablePages();
      if (reachedEnd || lastPageNew == 0) {
        break;
      }
    }
    // pages of new listings beyond this check's pages: the complete read finds the rest
    boolean cutShort = !reachedEnd && lastPageNew > 0;
    int items = first.items();
    Instant startedAt = state.readStartedAt();
    int position = startedAt == null ? 0 : clamp(state.readPosition() + items - state.lastItems(), items);
    if (startedAt == null && (cutShort || fullReadDue(first, newestPages, now))) {
      startedAt = now;
    }
    if (reachedEnd) {
      // the newest pages were the whole readable inventory: read completely, now
      complete(now, items);
      return;
    }
    if (startedAt == null) {
      state = state.withRead(null, 0, items);
      return;
    }
    position = Math.max(position, covered);
    state = state.withRead(startedAt, position, items);
    int readable = Math.min(first.pages(), policy.readablePages());
    while (requests < policy.maxPagesPerCheck()) {
      int page = position / first.perPage() + 1;
      if (page > readable) {
        complete(startedAt, items);
        return;
      }
      InventoryPage read = read(seller, page, now);
      position = page * read.perPage();
      state = state.withRead(startedAt, position, read.items());
      if (read.isLast() || page >= policy.readablePages()) {
        complete(startedAt, read.items());
        return;
      }
    }
  }

  /** Reads one page and keeps its listings; counts the request and the new listings. */
  private InventoryPage read(String seller, int page, Instant now) {
    requests++;
    InventoryPage read = pages.read(seller, page);
    lastPageNew = store.record(seller, read.listings(), now).size();
    newListings += lastPageNew;
    pagesRead++;
    return read;
  }

  private void complete(Instant asOf, int items) {
    removed += store.removeReadBefore(state.seller(), asOf);
    state = state.withFullRead(asOf, items);
  }

  /**
   * The first complete read starts at once. A later one starts when, at the pace of the checks so
   * far and with the pages the newest listings took this check, it would otherwise end past
   * {@code maxStaleness} after the last one's start, so that a sold listing leaves within it; one
   * check of margin.
   */
  private boolean fullReadDue(InventoryPage first, int newestPages, Instant now) {
    if (state.fullReadAsOf() == null) {
      return true;
    }
    int readable = Math.min(first.pages(), policy.readablePages());
    int perCheck = Math.max(1, policy.maxPagesPerCheck() - newestPages);
    int left = Math.max(0, readable - newestPages);
    int checksNeeded = (left + perCheck - 1) / perCheck + 1;
    Duration pace = state.lastChecked() == null ? Duration.ZERO : Duration.between(state.lastChecked(), now);
    Duration lead = pace.multipliedBy(checksNeeded);
    return !now.isBefore(state.fullReadAsOf().plus(policy.maxStaleness()).minus(lead));
  }

  private static int clamp(int position, int items) {
    return Math.max(0, Math.min(position, items));
  }
}
