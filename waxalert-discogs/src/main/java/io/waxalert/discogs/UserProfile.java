package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.Currency;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A Discogs user's profile.
 *
 * @param email only when authenticated as that user
 * @param currency the user's marketplace currency, null when Discogs sends none or one WaxAlert does not know
 */
public record UserProfile(
    long id,
    String username,
    @Nullable String name,
    @Nullable String email,
    @Nullable Currency currency,
    @Nullable Integer numForSale,
    @Nullable Integer numWantlist,
    @Nullable BigDecimal sellerRating) {

  public UserProfile {
    Objects.requireNonNull(username, "username");
  }
}
