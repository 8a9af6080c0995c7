package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.app.http.ApiException;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.AlertCriteria.PriceBasis;
import io.waxalert.core.criteria.AlertCriteria.UnknownShipping;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.discogs.DiscogsCountries;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Reads the criteria fields of a wanted-list request into {@link AlertCriteria}, checking each one;
 * a field left out keeps its current value, an explicit {@code null} clears it, and an empty string
 * is refused naming the field (it is neither a value nor a clear request).
 */
final class Criteria {

  /** Every criterion a request may set, as the API names them. */
  static final List<String> FIELDS = List.of("max_price", "max_price_currency", "price_basis", "unknown_shipping",
      "min_condition", "min_sleeve_condition", "location_filter", "location_exclude", "min_seller_rating",
      "min_seller_feedback", "underpriced_percentage", "blocked_sellers");
  static final int MAX_COUNTRIES = 50;
  static final int MAX_SELLERS = 200;
  private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final int MAX_FEEDBACK = 10_000_000;

  private Criteria() {}

  /** The criteria and currency after applying the body to {@code current}. */
  record Result(AlertCriteria criteria, Currency currency) {}

  /** True when the body sets at least one criterion to a value (not only clears). */
  static boolean setsAny(Body body) {
    return FIELDS.stream().anyMatch(body::hasValue);
  }

  static Result apply(Body body, AlertCriteria current, Currency entryCurrency) {
    for (String field : FIELDS) {
      if (body.isEmptyString(field)) {
        throw ApiException.badRequest(field, "is empty; leave the field out to keep it, or send null to remove it");
      }
    }
    AlertCriteria.Builder b = current.toBuilder();
    Currency currency = entryCurrency;
    if (body.hasValue("max_price_currency")) {
      currency = currency("max_price_currency", body.string("max_price_currency", 3));
    }
    if (body.has("max_price")) {
      BigDecimal price = body.decimal("max_price");
      b.maxPrice(price == null ? null : Money.of(price("max_price", price), currency));
    } else if (current.maxPrice() != null && currency != current.maxPrice().currency()) {
      b.maxPrice(Money.of(current.maxPrice().amount(), currency));
    }
    if (body.has("price_basis")) {
      b.priceBasis(choice("price_basis", body.string("price_basis", 32), PriceBasis.class, PriceBasis.ITEM,
          "must be \"item\" or \"item_plus_shipping\""));
    }
    if (body.has("unknown_shipping")) {
      b.unknownShipping(choice("unknown_shipping", body.string("unknown_shipping", 32), UnknownShipping.class,
          UnknownShipping.ITEM_PRICE_ONLY, "must be \"item_price_only\" or \"do_not_judge\""));
    }
    if (body.has("min_condition")) {
      b.minMediaCondition(condition("min_condition", body.string("min_condition", 40)));
    }
    if (body.has("min_sleeve_condition")) {
      b.minSleeveCondition(condition("min_sleeve_condition", body.string("min_sleeve_condition", 40)));
    }
    AlertCriteria sofar = b.build();
    if (body.has("location_filter")) {
      b.shipsFrom(sofar.shipsFrom().withOnlyFrom(countries(body, "location_filter")));
      sofar = b.build();
    }
    if (body.has("location_exclude")) {
      b.shipsFrom(sofar.shipsFrom().withNotFrom(countries(body, "location_exclude")));
    }
    if (body.has("min_seller_rating")) {
      b.minSellerRating(rating(body.decimal("min_seller_rating")));
    }
    if (body.has("min_seller_feedback")) {
      Integer feedback = body.integer("min_seller_feedback");
      if (feedback != null && (feedback < 0 || feedback > MAX_FEEDBACK)) {
        throw ApiException.badRequest("min_seller_feedback", "must be a whole number from 0 to 10,000,000");
      }
      b.minSellerFeedback(feedback);
    }
    if (body.has("underpriced_percentage")) {
      Integer percent = body.integer("underpriced_percentage");
      if (percent != null && (percent < 1 || percent > 99)) {
        throw ApiException.badRequest("underpriced_percentage", "must be between 1 and 99");
      }
      b.underpricedPercent(percent);
    }
    if (body.has("blocked_sellers")) {
      List<String> sellers = body.strings("blocked_sellers", MAX_SELLERS, 100);
      b.blockedSellers(sellers == null ? List.of() : sellers);
    }
    return new Result(b.build(), currency);
  }

  static Currency currency(String field, @Nullable String code) {
    try {
      return Currency.parse(code);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, "must be a currency Discogs supports: USD, GBP, EUR,"
          + " CAD, AUD, JPY, CHF, MXN, BRL, NZD, SEK or ZAR");
    }
  }

  /**
   * The countries as Discogs writes them ("NL", "holland" → "Netherlands"), since a listing's
   * ships-from is its name; a name the service does not know is kept as given (its list holds the
   * common countries, Discogs' is longer).
   */
  private static List<String> countries(Body body, String field) {
    List<String> countries = body.strings(field, MAX_COUNTRIES, 100);
    return countries == null ? List.of()
        : countries.stream().map(c -> DiscogsCountries.find(c).orElse(c)).distinct().toList();
  }

  private static <E extends Enum<E>> E choice(String field, @Nullable String value, Class<E> type, E cleared,
      String allowed) {
    if (value == null) {
      return cleared;
    }
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, allowed);
    }
  }

  private static BigDecimal price(String field, BigDecimal price) {
    if (price.signum() <= 0) {
      throw ApiException.badRequest(field, "must be greater than 0");
    }
    if (price.stripTrailingZeros().scale() > 2) {
      throw ApiException.badRequest(field, "must have at most 2 decimals");
    }
    if (price.compareTo(MAX_PRICE) > 0) {
      throw ApiException.badRequest(field, "must be less than 10,000,000,000");
    }
    return price.setScale(2, java.math.RoundingMode.UNNECESSARY);
  }

  private static @Nullable MediaCondition condition(String field, @Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return MediaCondition.parse(text);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, "must be a grade: M, NM, VG+, VG, G+, G, F or P (or Discogs' name"
          + " for it, such as Very Good Plus (VG+))");
    }
  }

  private static @Nullable BigDecimal rating(@Nullable BigDecimal rating) {
    if (rating == null) {
      return null;
    }
    if (rating.signum() < 0 || rating.compareTo(HUNDRED) > 0) {
      throw ApiException.badRequest("min_seller_rating", "must be a percentage between 0 and 100");
    }
    if (rating.stripTrailingZeros().scale() > 2) {
      throw ApiException.badRequest("min_seller_rating", "must have at most 2 decimals");
    }
    return rating;
  }
}
