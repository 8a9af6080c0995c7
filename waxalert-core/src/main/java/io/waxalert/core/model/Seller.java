package io.waxalert.core.model;

import io.waxalert.core.Nullable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A marketplace seller as a listing shows it.
 *
 * @param name Discogs username
 * @param rating positive-feedback percentage 0–100, null when unknown (new sellers, old API shapes)
 * @param feedbackCount number of ratings, null when unknown
 */
public record Seller(String name, @Nullable BigDecimal rating, @Nullable Integer feedbackCount) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Validates the seller.
   *
   * @param name Discogs username
   * @param rating positive-feedback percentage 0–100, null when unknown (new sellers, old API
   *     shapes)
   * @param feedbackCount number of ratings, null when unknown
   * @throws NullPointerException if the name is null
   * @throws IllegalArgumentException if the name is blank, the rating outside 0–100 or the count
   *     negative
   */
  public Seller {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("seller name must not be blank");
    }
    if (rating != null && (rating.signum() < 0 || rating.compareTo(HUNDRED) > 0)) {
      throw new IllegalArgumentException("seller rating must be between 0 and 100");
    }
    if (feedbackCount != null && feedbackCount < 0) {
      throw new IllegalArgumentException("feedback count must not be negative");
    }
  }

  /**
   * A seller known only by name, with rating and feedback unknown.
   *
   * @param name the Discogs username
   * @return the seller
   */
  public static Seller named(String name) {
    return new Seller(name, null, null);
  }
}
