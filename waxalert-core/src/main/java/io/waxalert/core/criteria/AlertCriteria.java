package io.waxalert.core.criteria;

import io.waxalert.core.Nullable;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a collector asks of a listing. Every criterion is optional; with none set any listing fits.
 *
 * <p>Price triggers: {@code maxPrice} and {@code underpricedPercent} — one holding is enough. Every
 * other set criterion must hold or be unjudgeable (its data unknown; the explanation says so).
 *
 * @param maxPrice highest acceptable price, in the entry's currency; null for none
 * @param priceBasis whether {@code maxPrice} applies to the item alone or item plus shipping
 * @param unknownShipping what {@link PriceBasis#ITEM_PLUS_SHIPPING} does when shipping is unknown
 * @param minMediaCondition worst acceptable record grade; null for any
 * @param minSleeveCondition worst acceptable sleeve grade; null for any sleeve (see
 *     {@link io.waxalert.core.model.SleeveCondition} for Generic, Not Graded and No Cover)
 * @param shipsFrom countries to include or exclude
 * @param minSellerRating lowest positive-feedback percentage, 0–100; null for any
 * @param minSellerFeedback fewest ratings a seller must have; null for any
 * @param underpricedPercent 1–99: alert when the price is at least this much under the reference
 * @param blockedSellers usernames never alerted, compared case-insensitively
 * @param buyerCountry the collector's country as Discogs names it ("Germany"), from their account:
 *     a listing the sell page marks "Unavailable in" it is never alerted; null when unknown
 */
public record AlertCriteria(
    @Nullable Money maxPrice,
    PriceBasis priceBasis,
    UnknownShipping unknownShipping,
    @Nullable MediaCondition minMediaCondition,
    @Nullable MediaCondition minSleeveCondition,
    ShipsFromFilter shipsFrom,
    @Nullable BigDecimal minSellerRating,
    @Nullable Integer minSellerFeedback,
    @Nullable Integer underpricedPercent,
    Set<String> blockedSellers,
    @Nullable String buyerCountry) {

  /** What the maximum price is compared with. */
  public enum PriceBasis {
    /** The item price alone. */
    ITEM,
    /** The item price plus shipping to the collector (see {@link UnknownShipping} when unknown). */
    ITEM_PLUS_SHIPPING
  }

  /**
   * The stated policy for {@link PriceBasis#ITEM_PLUS_SHIPPING} when a listing's shipping is unknown
   * (Discogs often sends {@code {}}).
   */
  public enum UnknownShipping {
    /** Compare the item price alone and say in the explanation that shipping comes on top. */
    ITEM_PRICE_ONLY,
    /** Leave the price unjudged, so the listing does not alert on price. */
    DO_NOT_JUDGE
  }

  private static final AlertCriteria NONE = builder().build();
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * Validates the criteria; blocked sellers are trimmed, lower-cased and blanks dropped.
   *
   * @param maxPrice highest acceptable price, in the entry's currency; null for none
   * @param priceBasis whether {@code maxPrice} applies to the item alone or item plus shipping
   * @param unknownShipping what {@link PriceBasis#ITEM_PLUS_SHIPPING} does when shipping is unknown
   * @param minMediaCondition worst acceptable record grade; null for any
   * @param minSleeveCondition worst acceptable sleeve grade; null for any sleeve (see
   *     {@link io.waxalert.core.model.SleeveCondition} for Generic, Not Graded and No Cover)
   * @param shipsFrom countries to include or exclude
   * @param minSellerRating lowest positive-feedback percentage, 0–100; null for any
   * @param minSellerFeedback fewest ratings a seller must have; null for any
   * @param underpricedPercent 1–99: alert when the price is at least this much under the reference
   * @param blockedSellers usernames never alerted, compared case-insensitively
   * @param buyerCountry the collector's country as Discogs names it; blank means null
   * @throws NullPointerException if {@code priceBasis}, {@code unknownShipping} or
   *     {@code shipsFrom} is null
   * @throws IllegalArgumentException naming the criterion: a max price not above 0, a rating
   *     outside 0–100, a negative feedback count, an underpriced percentage outside 1–99
   */
  public AlertCriteria {
    Objects.requireNonNull(priceBasis, "priceBasis");
    Objects.requireNonNull(unknownShipping, "unknownShipping");
    Objects.requireNonNull(shipsFrom, "shipsFrom");
    if (maxPrice != null && maxPrice.amount().signum() <= 0) {
      throw new IllegalArgumentException("max price must be greater than 0");
    }
    if (minSellerRating != null
        && (minSellerRating.signum() < 0 || minSellerRating.compareTo(HUNDRED) > 0)) {
      throw new IllegalArgumentException("min seller rating must be between 0 and 100");
    }
    if (minSellerFeedback != null && minSellerFeedback < 0) {
      throw new IllegalArgumentException("min seller feedback must not be negative");
    }
    if (underpricedPercent != null && (underpricedPercent < 1 || underpricedPercent > 99)) {
      throw new IllegalArgumentException("underpriced percentage must be between 1 and 99");
    }
    blockedSellers = normalizeSellers(blockedSellers);
    buyerCountry = buyerCountry == null || buyerCountry.isBlank() ? null : buyerCountry.trim();
  }

  /**
   * No criteria: every listing fits.
   *
   * @return the empty criteria
   */
  public static AlertCriteria none() {
    return NONE;
  }

  /**
   * A builder with no criterion set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding these criteria, to change some of them.
   *
   * @return a new builder, pre-filled
   */
  public Builder toBuilder() {
    return new Builder()
        .maxPrice(maxPrice).priceBasis(priceBasis).unknownShipping(unknownShipping)
        .minMediaCondition(minMediaCondition).minSleeveCondition(minSleeveCondition)
        .shipsFrom(shipsFrom).minSellerRating(minSellerRating).minSellerFeedback(minSellerFeedback)
        .underpricedPercent(underpricedPercent).blockedSellers(blockedSellers).buyerCountry(buyerCountry);
  }

  /**
   * True when at least one price trigger is set; without one, price never stops a listing.
   *
   * @return true when {@code maxPrice} or {@code underpricedPercent} is set
   */
  public boolean hasPriceTrigger() {
    return maxPrice != null || underpricedPercent != null;
  }

  /**
   * True when a criterion only a single listing can answer is set: media or sleeve condition,
   * ships-from, seller rating or feedback, blocked sellers. Market stats leave these unjudged.
   * The buyer's country is left out on purpose: most collectors have one, and counting it would
   * make the {@code auto} source read the sell page for every entry; it is judged wherever
   * listings are read anyway.
   *
   * @return true when a listing-only criterion is set
   */
  public boolean hasListingCriteria() {
    return minMediaCondition != null || minSleeveCondition != null || shipsFrom.isSet()
        || minSellerRating != null || minSellerFeedback != null || !blockedSellers.isEmpty();
  }

  /**
   * True when nothing is asked of a listing but that it is for sale: no price trigger, no condition,
   * ships-from or seller demand (blocked sellers alone do not count; they only say whom to ignore).
   * Such an entry never alerts "at any price" on every listing: the engine alerts it once when the
   * release comes up for sale after a check found none ({@link AlertType#FOR_SALE}).
   *
   * @return true when no price, condition, origin or seller demand is set
   */
  public boolean isAvailabilityOnly() {
    return !hasPriceTrigger() && minMediaCondition == null && minSleeveCondition == null && !shipsFrom.isSet()
        && minSellerRating == null && minSellerFeedback == null;
  }

  /**
   * These criteria with more sellers blocked, e.g. the account-wide blocklist.
   *
   * @param more usernames to block as well; may be empty
   * @return these criteria when {@code more} is empty, else a copy blocking both sets
   */
  public AlertCriteria withBlockedSellers(Collection<String> more) {
    if (more.isEmpty()) {
      return this;
    }
    Set<String> all = new java.util.HashSet<>(blockedSellers);
    all.addAll(more);
    return toBuilder().blockedSellers(all).build();
  }

  /**
   * These criteria for a buyer in {@code country} (the account's), e.g. merged in by the host; null
   * keeps them as they are.
   *
   * @param country the buyer's country as Discogs names it ("Germany"); null or blank for none
   * @return these criteria when {@code country} is null, blank or already theirs, else a copy with
   *     it as the buyer's country
   */
  public AlertCriteria withBuyerCountry(@Nullable String country) {
    if (country == null || country.isBlank() || country.trim().equals(buyerCountry)) {
      return this;
    }
    return toBuilder().buyerCountry(country).build();
  }

  private static String normalizeSeller(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  private static Set<String> normalizeSellers(Collection<String> names) {
    return names.stream().map(AlertCriteria::normalizeSeller).filter(s -> !s.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Builds {@link AlertCriteria}; every criterion defaults to "not set". */
  public static final class Builder {
    private Money maxPrice;
    private PriceBasis priceBasis = PriceBasis.ITEM;
    private UnknownShipping unknownShipping = UnknownShipping.ITEM_PRICE_ONLY;
    private MediaCondition minMediaCondition;
    private MediaCondition minSleeveCondition;
    private ShipsFromFilter shipsFrom = ShipsFromFilter.any();
    private BigDecimal minSellerRating;
    private Integer minSellerFeedback;
    private Integer underpricedPercent;
    private Collection<String> blockedSellers = Set.of();
    private String buyerCountry;

    private Builder() {}

    /**
     * Default value is none.
     *
     * @param maxPrice highest acceptable price, greater than 0, in the entry's currency; null for
     *     none
     * @return this builder
     */
    public Builder maxPrice(@Nullable Money maxPrice) {
      this.maxPrice = maxPrice;
      return this;
    }

    /**
     * Default value is {@link PriceBasis#ITEM}.
     *
     * @param priceBasis what {@code maxPrice} is compared with
     * @return this builder
     */
    public Builder priceBasis(PriceBasis priceBasis) {
      this.priceBasis = Objects.requireNonNull(priceBasis, "priceBasis");
      return this;
    }

    /**
     * Default value is {@link UnknownShipping#ITEM_PRICE_ONLY}.
     *
     * @param unknownShipping what item-plus-shipping pricing does when shipping is unknown
     * @return this builder
     */
    public Builder unknownShipping(UnknownShipping unknownShipping) {
      this.unknownShipping = Objects.requireNonNull(unknownShipping, "unknownShipping");
      return this;
    }

    /**
     * Default value is none (any grade).
     *
     * @param minMediaCondition worst acceptable record grade; null for any
     * @return this builder
     */
    public Builder minMediaCondition(@Nullable MediaCondition minMediaCondition) {
      this.minMediaCondition = minMediaCondition;
      return this;
    }

    /**
     * Default value is none (any sleeve).
     *
     * @param minSleeveCondition worst acceptable sleeve grade; null for any sleeve
     * @return this builder
     */
    public Builder minSleeveCondition(@Nullable MediaCondition minSleeveCondition) {
      this.minSleeveCondition = minSleeveCondition;
      return this;
    }

    /**
     * Default value is {@link ShipsFromFilter#any()}.
     *
     * @param shipsFrom countries to include or exclude
     * @return this builder
     */
    public Builder shipsFrom(ShipsFromFilter shipsFrom) {
      this.shipsFrom = Objects.requireNonNull(shipsFrom, "shipsFrom");
      return this;
    }

    /**
     * Default value is none.
     *
     * @param minSellerRating lowest positive-feedback percentage, 0–100; null for any
     * @return this builder
     */
    public Builder minSellerRating(@Nullable BigDecimal minSellerRating) {
      this.minSellerRating = minSellerRating;
      return this;
    }

    /**
     * Default value is none.
     *
     * @param minSellerFeedback fewest ratings a seller must have, not negative; null for any
     * @return this builder
     */
    public Builder minSellerFeedback(@Nullable Integer minSellerFeedback) {
      this.minSellerFeedback = minSellerFeedback;
      return this;
    }

    /**
     * Default value is none.
     *
     * @param underpricedPercent 1–99 % under the reference price; null for no such trigger
     * @return this builder
     */
    public Builder underpricedPercent(@Nullable Integer underpricedPercent) {
      this.underpricedPercent = underpricedPercent;
      return this;
    }

    /**
     * Default value is empty.
     *
     * @param blockedSellers usernames never alerted, any case; replaces those set before
     * @return this builder
     */
    public Builder blockedSellers(Collection<String> blockedSellers) {
      this.blockedSellers = Objects.requireNonNull(blockedSellers, "blockedSellers");
      return this;
    }

    /**
     * Sets the buyer's country (a Discogs country name), against which a listing's "Unavailable in"
     * note is judged. Default none: the note is not judged.
     *
     * @param buyerCountry the collector's country, or null
     * @return this builder
     */
    public Builder buyerCountry(@Nullable String buyerCountry) {
      this.buyerCountry = buyerCountry;
      return this;
    }

    /**
     * Builds the criteria.
     *
     * @return the criteria
     * @throws IllegalArgumentException naming the criterion whose value is out of range
     */
    public AlertCriteria build() {
      return new AlertCriteria(maxPrice, priceBasis, unknownShipping, minMediaCondition,
          minSleeveCondition, shipsFrom, minSellerRating, minSellerFeedback, underpricedPercent,
          Set.copyOf(blockedSellers), buyerCountry);
    }
  }
}
