package io.waxalert.core.sellers;

import io.waxalert.core.model.Listing;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is known of followed sellers' inventories: per seller the listings read and when each was
 * last read, and how far the reading has come. Seller names are compared case-insensitively, as
 * Discogs compares usernames. Implementations are thread-safe and pass
 * {@code AbstractSellerInventoryStoreContractTest}.
 */
public interface SellerInventoryStore {

  /**
   * The seller's reading state.
   *
   * @param seller the seller's username, any case
   * @return the state; empty for a seller never read (or forgotten)
   */
  Optional<SellerReadState> state(String seller);

  /**
   * Keeps the seller's reading state, replacing the one before.
   *
   * @param state the state, of the seller it names
   */
  void saveState(SellerReadState state);

  /**
   * Keeps these listings of the seller as read at {@code readAt}: new ones are added, known ones
   * replaced (a price may have changed).
   *
   * @param seller the seller's username, any case
   * @param listings the listings of one inventory page, as read
   * @param readAt when they were read
   * @return the ids of those not known before
   */
  Set<Long> record(String seller, List<Listing> listings, Instant readAt);

  /**
   * The seller's known listings of these releases.
   *
   * @param seller the seller's username, any case
   * @param releaseIds the Discogs release ids of the followers' wants
   * @return the listings, in no particular order; empty when none is known
   */
  List<Listing> listings(String seller, Collection<Long> releaseIds);

  /**
   * Forgets the seller's listings last read before {@code before}: after a complete read they are
   * sold or withdrawn.
   *
   * @param seller the seller's username, any case
   * @param before when the complete read started
   * @return how many were forgotten
   */
  int removeReadBefore(String seller, Instant before);

  /**
   * How many listings of the seller are known.
   *
   * @param seller the seller's username, any case
   * @return the count, 0 for a seller never read
   */
  long count(String seller);

  /**
   * Forgets the seller's listings and state, when nobody follows the seller any more.
   *
   * @param seller the seller's username, any case
   */
  void forget(String seller);
}
