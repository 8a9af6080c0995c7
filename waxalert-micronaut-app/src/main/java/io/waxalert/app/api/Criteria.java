package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.app.http.ApiException;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * Reads the criteria fields of a wanted-list request into {@link AlertCriteria}, checking each one;
 * a field left out keeps its current value, an explicit {@code null} clears it.
 */
final class Criteria {

  static final int MAX_COUNTRIES = 50;
  static final int MAX_SELLERS = 200;
  private static final BigDecimal MAX_PRICE = new BigDecimal("9999999999.99");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Criteria() {}

  /** The criteria and currency after applying the body to {@code current}. */
  record Result(AlertCriteria criteria, Currency currency) {}

  static Result apply(Body body, AlertCriteria current, Currency entryCurrency) {
    AlertCriteria.Builder b = current.toBuilder();
    Currency currency = entryCurrency;
    if (body.has("max_price_currency") && body.hasValue("max_price_currency")) {
      currency = currency("max_price_currency", body.string("max_price_currency", 3));
    }
    if (body.has("max_price")) {
      BigDecimal price = body.decimal("max_price");
      b.maxPrice(price == null ? null : Money.of(price("max_price", price), currency));
    } else if (current.maxPrice() != null && currency != current.maxPrice().currency()) {
      b.maxPrice(Money.of(current.maxPrice().amount(), currency));
    }
    if (body.has("min_condition")) {
      b.minMediaCondition(condition("min_condition", body.string("min_condition", 40)));
    }
    if (body.has("min_sleeve_condition")) {
      b.minSleeveCondition(condition("min_sleeve_condition", body.string("min_sleeve_condition", 40)));
    }
    if (body.has("location_filter")) {
      List<String> countries = body.strings("location_filter", MAX_COUNTRIES, 100);
      b.shipsFrom(countries == null || countries.isEmpty() ? ShipsFromFilter.any()
          : ShipsFromFilter.onlyFrom(countries));
    }
    if (body.has("min_seller_rating")) {
      b.minSellerRating(rating(body.decimal("min_seller_rating")));
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
    if (body.has("price_basis")) {
      String basis = body.string("price_basis", 32);
      try {
        b.priceBasis(basis == null ? AlertCriteria.PriceBasis.ITEM
            : AlertCriteria.PriceBasis.valueOf(basis.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw ApiException.badRequest("price_basis", "must be 'item' or 'item_plus_shipping'");
      }
    }
    try {
      return new Result(b.build(), currency);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("criteria", e.getMessage());
    }
  }

  static Currency currency(String field, @Nullable String code) {
    try {
      return Currency.parse(code);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(field, "must be a currency Discogs supports: USD, GBP, EUR,"
          + " CAD, AUD, JPY, CHF, MXN, BRL, NZD, SEK or ZAR");
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
      throw ApiException.badRequest(field, "is too large");
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
      throw ApiException.badRequest(field, "must be a condition: M, NM, VG+, VG, G+, G, F, P or"
          + " the Discogs name such as 'Very Good Plus (VG+)'");
    }
  }

  private static @Nullable BigDecimal rating(@Nullable BigDecimal rating) {
    if (rating == null) {
      return null;
    }
    if (rating.signum() < 0 || rating.compareTo(HUNDRED) > 0) {
      throw ApiException.badRequest("min_seller_rating", "must be between 0 and 100");
    }
    if (rating.stripTrailingZeros().scale() > 2) {
      throw ApiException.badRequest("min_seller_rating", "must have at most 2 decimals");
    }
    return rating;
  }
}
