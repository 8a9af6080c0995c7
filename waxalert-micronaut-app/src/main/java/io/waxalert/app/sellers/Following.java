package io.waxalert.app.sellers;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.waxalert.app.http.ApiException;
import io.waxalert.core.sellers.SellerInventoryStore;
import io.waxalert.core.sellers.SellerReadState;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsNotFoundException;
import io.waxalert.persistence.FollowedSellerStore;
import io.waxalert.persistence.UserAccount;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Following sellers, for one account at a time: nobody sees or changes another user's follows. A
 * follow costs one Discogs request (the first inventory page, which also proves the seller
 * exists), and only once the name is valid, not blocked and not followed yet.
 */
public final class Following {

  /** Discogs usernames: letters, digits, dot, dash and underscore. */
  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._-]{1,100}");

  /**
   * One followed seller as the API shows it.
   *
   * @param username the seller as the follower wrote it
   * @param followedAt when this user followed the seller
   * @param lastChecked when the inventory was last read, null before the first check
   * @param listingsSeen the seller's listings read so far (and not gone since)
   * @param status {@code reading}, {@code ok} or {@code check_failed}
   */
  public record Followed(String username, Instant followedAt, @Nullable Instant lastChecked, long listingsSeen,
      String status) {
    public Followed {
      Objects.requireNonNull(username, "username");
      Objects.requireNonNull(followedAt, "followedAt");
      Objects.requireNonNull(status, "status");
    }
  }

  private final FollowedSellerStore follows;
  private final SellerInventoryStore inventories;
  private final DiscogsClient discogs;
  private final Clock clock;

  public Following(FollowedSellerStore follows, SellerInventoryStore inventories, DiscogsClient discogs, Clock clock) {
    this.follows = follows;
    this.inventories = inventories;
    this.discogs = discogs;
    this.clock = clock;
  }

  /** The sellers the account follows, by name. */
  public List<Followed> of(UserAccount account) {
    return follows.sellersOf(account.id()).stream().map(this::view).toList();
  }

  /**
   * Follows the seller: 400 for a name Discogs cannot have, 422 for a seller on the account's
   * blocked sellers, 409 when already followed (whatever the case), 404 when Discogs knows no such
   * user; a Discogs failure is the API's usual 502.
   */
  public Followed follow(UserAccount account, @Nullable String username) {
    String seller = valid(username);
    if (account.blockedSellers().stream().anyMatch(blocked -> blocked.equalsIgnoreCase(seller))) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY,
          seller + " is on your blocked sellers; unblock them in your settings to follow them.",
          "username");
    }
    if (followed(account, seller)) {
      throw conflict(seller);
    }
    try {
      discogs.inventoryPage(seller, 1);
    } catch (DiscogsNotFoundException e) {
      throw new ApiException(HttpStatus.NOT_FOUND, "Discogs has no seller named " + seller + "; check the spelling of the username.", "username");
    }
    if (!follows.follow(account.id(), seller, clock.instant())) {
      throw conflict(seller); // a second request of the same user won the race
    }
    return follows.sellersOf(account.id()).stream().filter(f -> same(f.seller(), seller)).findFirst()
        .map(this::view).orElseThrow();
  }

  /** Unfollows the seller (404 when not followed); the last follower gone, its inventory is forgotten. */
  public void unfollow(UserAccount account, String username) {
    String seller = username.trim();
    if (seller.isEmpty() || !follows.unfollow(account.id(), seller)) {
      throw ApiException.notFound("You do not follow a seller named " + seller + ".");
    }
    if (follows.followers(seller).isEmpty()) {
      inventories.forget(seller);
    }
  }

  private boolean followed(UserAccount account, String seller) {
    return follows.sellersOf(account.id()).stream().anyMatch(f -> same(f.seller(), seller));
  }

  private static boolean same(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }

  private static ApiException conflict(String seller) {
    return new ApiException(HttpStatus.CONFLICT, "You already follow " + seller + ".", "username");
  }

  private static String valid(@Nullable String username) {
    if (username == null || username.isBlank()) {
      throw ApiException.badRequest("username", "of the seller is required");
    }
    String seller = username.trim();
    if (!USERNAME.matcher(seller).matches()) {
      throw ApiException.badRequest("username", "must be a Discogs username (letters, digits, '.', '-' or '_',"
          + " at most 100 characters), as in discogs.com/seller/<username>");
    }
    return seller;
  }

  private Followed view(FollowedSellerStore.Followed followed) {
    SellerReadState state = inventories.state(followed.seller())
        .orElseGet(() -> SellerReadState.unread(followed.seller()));
    return new Followed(followed.seller(), followed.followedAt(), state.lastChecked(), state.listingsKnown(),
        state.status().wireName());
  }
}
