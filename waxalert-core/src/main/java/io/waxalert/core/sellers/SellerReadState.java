package io.waxalert.core.sellers;

import io.waxalert.core.Nullable;
import java.time.Instant;
import java.util.Objects;

/**
 * How far the reading of one seller's inventory has come. Positions count listings newest first,
 * as the inventory pages list them.
 *
 * @param seller the seller's username
 * @param lastChecked when the last check ended, null before the first
 * @param listingsKnown the seller's listings known now (read and not gone since)
 * @param fullReadAsOf when the last complete read of the inventory started: every listing known was
 *     read at or after it; null until the first complete read
 * @param readStartedAt when the complete read in progress started, null when none is
 * @param readPosition how many listings, newest first, the read in progress has covered
 * @param lastItems the inventory's size as the last page read said
 * @param failure why the last check could not read the inventory, null when it could
 */
public record SellerReadState(
    String seller,
    @Nullable Instant lastChecked,
    long listingsKnown,
    @Nullable Instant fullReadAsOf,
    @Nullable Instant readStartedAt,
    int readPosition,
    int lastItems,
    @Nullable String failure) {

  /**
   * Validates the state.
   *
   * @param seller the seller's username
   * @param lastChecked when the last check ended, null before the first
   * @param listingsKnown the seller's listings known now (read and not gone since)
   * @param fullReadAsOf when the last complete read of the inventory started, null until the first
   * @param readStartedAt when the complete read in progress started, null when none is
   * @param readPosition how many listings, newest first, the read in progress has covered
   * @param lastItems the inventory's size as the last page read said
   * @param failure why the last check could not read the inventory, null when it could
   * @throws NullPointerException if {@code seller} is null
   * @throws IllegalArgumentException if {@code seller} is blank or a count or position is negative
   */
  public SellerReadState {
    Objects.requireNonNull(seller, "seller");
    if (seller.isBlank()) {
      throw new IllegalArgumentException("seller must not be blank");
    }
    if (listingsKnown < 0 || readPosition < 0 || lastItems < 0) {
      throw new IllegalArgumentException("counts and positions must not be negative");
    }
  }

  /**
   * A seller never read.
   *
   * @param seller the seller's username, not blank
   * @return the state of nothing read yet, status {@code reading}
   */
  public static SellerReadState unread(String seller) {
    return new SellerReadState(seller, null, 0, null, null, 0, 0, null);
  }

  /**
   * {@code reading} until the first complete read, {@code check_failed} after a failed check.
   *
   * @return the status, {@code ok} otherwise
   */
  public SellerStatus status() {
    if (failure != null) {
      return SellerStatus.CHECK_FAILED;
    }
    return fullReadAsOf == null ? SellerStatus.READING : SellerStatus.OK;
  }

  SellerReadState withRead(@Nullable Instant startedAt, int position, int items) {
    return new SellerReadState(seller, lastChecked, listingsKnown, fullReadAsOf, startedAt, position, items, failure);
  }

  SellerReadState withFullRead(Instant asOf, int items) {
    return new SellerReadState(seller, lastChecked, listingsKnown, asOf, null, 0, items, failure);
  }

  SellerReadState checked(Instant at, long known, @Nullable String failed) {
    return new SellerReadState(seller, at, known, fullReadAsOf, readStartedAt, readPosition, lastItems, failed);
  }
}
