package io.waxalert.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Who follows which seller ({@code followed_sellers}, migration V8). Usernames are compared
 * case-insensitively, as Discogs does, and kept as the follower wrote them. A user's follows go
 * with the user. Thread-safe.
 */
@Singleton
public class FollowedSellerStore {

  /**
   * One seller a user follows, and since when.
   *
   * @param seller the seller's Discogs username as the user wrote it
   * @param followedAt when the user followed the seller
   */
  public record Followed(String seller, Instant followedAt) {
    /**
     * Validates the follow.
     *
     * @param seller the seller's Discogs username as the user wrote it
     * @param followedAt when the user followed the seller
     * @throws NullPointerException if a component is null
     */
    public Followed {
      Objects.requireNonNull(seller, "seller");
      Objects.requireNonNull(followedAt, "followedAt");
    }
  }

  private final TransactionOperations<Connection> transactions;

  FollowedSellerStore(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  private static String key(String seller) {
    return seller.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Follows the seller from {@code at}; the name is kept trimmed, as written.
   *
   * @param userId the follower's id
   * @param seller the seller's Discogs username, any case, not blank
   * @param at when the user follows the seller
   * @return true when followed now, false when the user already follows them
   * @throws IllegalArgumentException if {@code seller} is blank
   */
  public boolean follow(UUID userId, String seller, Instant at) {
    if (seller.isBlank()) {
      throw new IllegalArgumentException("seller must not be blank");
    }
    try {
      return transactions.executeWrite(status -> Sql.update(status.getConnection(),
          "insert into followed_sellers (user_id, seller_key, seller, followed_at) values (?, ?, ?, ?)",
          userId, key(seller), seller.trim(), at)) == 1;
    } catch (RuntimeException e) {
      if (Columns.isUniqueViolation(e)) {
        return false;
      }
      throw e;
    }
  }

  /**
   * Stops the user following the seller.
   *
   * @param userId the follower's id
   * @param seller the seller's Discogs username, any case
   * @return true when unfollowed, false when the user did not follow the seller
   */
  public boolean unfollow(UUID userId, String seller) {
    return transactions.executeWrite(status -> Sql.update(status.getConnection(),
        "delete from followed_sellers where user_id = ? and seller_key = ?", userId, key(seller))) == 1;
  }

  /**
   * The sellers the user follows, by name.
   *
   * @param userId the user's id
   * @return the follows, ordered by name case-insensitively; empty when none
   */
  public List<Followed> sellersOf(UUID userId) {
    return transactions.executeRead(status -> Sql.query(status.getConnection(),
        "select seller, followed_at from followed_sellers where user_id = ? order by seller_key",
        row -> new Followed(row.getString("seller"), Sql.instant(row, "followed_at")), userId));
  }

  /**
   * The Discogs usernames of the seller's followers: the owner ids of the entries to judge.
   *
   * @param seller the seller's Discogs username, any case
   * @return the followers' usernames, sorted; empty when nobody follows the seller
   */
  public List<String> followers(String seller) {
    return transactions.executeRead(status -> Sql.query(status.getConnection(),
        "select u.discogs_username from followed_sellers f join users u on u.id = f.user_id"
            + " where f.seller_key = ? order by u.discogs_username",
        row -> row.getString(1), key(seller)));
  }

  /**
   * Every seller someone follows, once: the sellers to check.
   *
   * @return the names, ordered case-insensitively, each in one of its followers' spellings
   */
  public List<String> sellers() {
    return transactions.executeRead(status -> Sql.query(status.getConnection(),
        "select min(seller) from followed_sellers group by seller_key order by seller_key",
        row -> row.getString(1)));
  }
}
