package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.Currency;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A Discogs user's profile.
 *
 * @param id the Discogs user id
 * @param username the Discogs username
 * @param name the user's real name, null when not given
 * @param email only when authenticated as that user
 * @param currency the user's marketplace currency, null when Discogs sends none or one WaxAlert does not know
 * @param numForSale items the user has for sale, null when Discogs sends no count
 * @param numWantlist items on the user's wantlist, null when Discogs sends no count
 * @param sellerRating positive-feedback percentage 0–100, null when unknown or out of range
 * @param location what the user wrote as their location ("Berlin, Germany"), null when none; see
 *     {@link DiscogsCountries#fromLocation(String)}
 */
public record UserProfile(
    long id,
    String username,
    @Nullable String name,
    @Nullable String email,
    @Nullable Currency currency,
    @Nullable Integer numForSale,
    @Nullable Integer numWantlist,
    @Nullable BigDecimal sellerRating,
    @Nullable String location) {

  /**
   * Validates the profile.
   *
   * @param id the Discogs user id
   * @param username the Discogs username
   * @param name the user's real name, null when not given
   * @param email only when authenticated as that user
   * @param currency the user's marketplace currency, null when Discogs sends none or one WaxAlert
   *     does not know
   * @param numForSale items the user has for sale, null when Discogs sends no count
   * @param numWantlist items on the user's wantlist, null when Discogs sends no count
   * @param sellerRating positive-feedback percentage 0–100, null when unknown or out of range
   * @param location what the user wrote as their location, null when none
   * @throws NullPointerException if {@code username} is null
   */
  public UserProfile {
    Objects.requireNonNull(username, "username");
  }
}
