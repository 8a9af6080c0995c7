package io.waxalert.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.waxalert.core.model.Listing;
import io.waxalert.core.sellers.SellerInventoryStore;
import io.waxalert.core.sellers.SellerReadState;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.SellerListingRows;
import io.waxalert.persistence.internal.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * {@link SellerInventoryStore} on the {@code seller_reads} and {@code seller_listings} tables
 * (migration V8), keyed by the lower-cased username. A page of listings is recorded in one
 * transaction; prices are kept rounded to cents, instants to the microsecond. Thread-safe.
 */
@Singleton
public class JdbcSellerInventoryStore implements SellerInventoryStore {

  /** Bound parameters per {@code in (…)} list, well under both databases' limits. */
  private static final int CHUNK = 500;

  private static final String STATE_COLUMNS = "seller, last_checked, listings_known, full_read_as_of,"
      + " read_started_at, read_position, last_items, failure";
  private static final String INSERT_LISTING = "insert into seller_listings (seller_key, listing_id, "
      + SellerListingRows.VALUES + ") values (?, ?, " + Sql.placeholders(15) + ")";
  private static final String UPDATE_LISTING = "update seller_listings set (" + SellerListingRows.VALUES
      + ") = (" + Sql.placeholders(15) + ") where seller_key = ? and listing_id = ?";

  private final TransactionOperations<Connection> transactions;

  JdbcSellerInventoryStore(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  private static String key(String seller) {
    return seller.trim().toLowerCase(Locale.ROOT);
  }

  @Override
  public Optional<SellerReadState> state(String seller) {
    return transactions.executeRead(status -> Sql.query(status.getConnection(),
        "select " + STATE_COLUMNS + " from seller_reads where seller_key = ?", row -> new SellerReadState(
            row.getString("seller"), Sql.instant(row, "last_checked"), row.getLong("listings_known"),
            Sql.instant(row, "full_read_as_of"), Sql.instant(row, "read_started_at"), row.getInt("read_position"),
            row.getInt("last_items"), row.getString("failure")), key(seller)).stream().findFirst());
  }

  @Override
  public void saveState(SellerReadState state) {
    Object[] values = {state.seller(), state.lastChecked(), state.listingsKnown(), state.fullReadAsOf(),
        state.readStartedAt(), state.readPosition(), state.lastItems(), truncated(state.failure())};
    transactions.executeWrite(status -> {
      Connection c = status.getConnection();
      int updated = update(c, "update seller_reads set (" + STATE_COLUMNS + ") = (" + Sql.placeholders(8)
          + ") where seller_key = ?", values, key(state.seller()));
      if (updated == 0) {
        update(c, "insert into seller_reads (seller_key, " + STATE_COLUMNS + ") values (?, "
            + Sql.placeholders(8) + ")", new Object[] {key(state.seller())}, values);
      }
      return null;
    });
  }

  @Override
  public Set<Long> record(String seller, List<Listing> listings, Instant readAt) {
    if (listings.isEmpty()) {
      return Set.of();
    }
    String key = key(seller);
    return transactions.executeWrite(status -> {
      Connection c = status.getConnection();
      Set<Long> known = knownIds(c, key, listings.stream().map(Listing::listingId).toList());
      Set<Long> fresh = new HashSet<>();
      try (PreparedStatement insert = c.prepareStatement(INSERT_LISTING);
          PreparedStatement change = c.prepareStatement(UPDATE_LISTING)) {
        for (Listing listing : listings) {
          if (known.contains(listing.listingId())) {
            SellerListingRows.bind(change, 1, listing, readAt);
            change.setString(16, key);
            change.setLong(17, listing.listingId());
            change.addBatch();
          } else if (fresh.add(listing.listingId())) {
            insert.setString(1, key);
            insert.setLong(2, listing.listingId());
            SellerListingRows.bind(insert, 3, listing, readAt);
            insert.addBatch();
          }
        }
        insert.executeBatch();
        change.executeBatch();
      } catch (SQLException e) {
        throw new IllegalStateException("recording the listings of " + seller + " failed: " + e.getMessage(), e);
      }
      return Set.copyOf(fresh);
    });
  }

  @Override
  public List<Listing> listings(String seller, Collection<Long> releaseIds) {
    List<Long> ids = List.copyOf(new HashSet<>(releaseIds));
    List<Listing> found = new ArrayList<>();
    for (int from = 0; from < ids.size(); from += CHUNK) {
      List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
      Object[] args = new Object[chunk.size() + 1];
      args[0] = key(seller);
      for (int i = 0; i < chunk.size(); i++) {
        args[i + 1] = chunk.get(i);
      }
      found.addAll(transactions.executeRead(status -> Sql.query(status.getConnection(),
          "select " + SellerListingRows.SELECTED + " from seller_listings where seller_key = ?"
              + " and discogs_release_id in (" + Sql.placeholders(chunk.size()) + ")",
          SellerListingRows::read, args)));
    }
    return found;
  }

  @Override
  public int removeReadBefore(String seller, Instant before) {
    return transactions.executeWrite(status -> Sql.update(status.getConnection(),
        "delete from seller_listings where seller_key = ? and read_at < ?", key(seller), before));
  }

  @Override
  public long count(String seller) {
    return transactions.executeRead(status -> Sql.query(status.getConnection(),
        "select count(*) from seller_listings where seller_key = ?", row -> row.getLong(1), key(seller)).get(0));
  }

  @Override
  public void forget(String seller) {
    transactions.executeWrite(status -> {
      Sql.update(status.getConnection(), "delete from seller_listings where seller_key = ?", key(seller));
      return Sql.update(status.getConnection(), "delete from seller_reads where seller_key = ?", key(seller));
    });
  }

  private static Set<Long> knownIds(Connection c, String key, List<Long> ids) {
    Object[] args = new Object[ids.size() + 1];
    args[0] = key;
    for (int i = 0; i < ids.size(); i++) {
      args[i + 1] = ids.get(i);
    }
    return new HashSet<>(Sql.query(c, "select listing_id from seller_listings where seller_key = ? and listing_id in ("
        + Sql.placeholders(ids.size()) + ")", (ResultSet row) -> row.getLong(1), args));
  }

  private static int update(Connection c, String sql, Object[] first, Object... rest) {
    Object[] args = new Object[first.length + rest.length];
    System.arraycopy(first, 0, args, 0, first.length);
    System.arraycopy(rest, 0, args, first.length, rest.length);
    return Sql.update(c, sql, args);
  }

  private static String truncated(String failure) {
    return failure == null || failure.length() <= 1024 ? failure : failure.substring(0, 1021) + "...";
  }
}
