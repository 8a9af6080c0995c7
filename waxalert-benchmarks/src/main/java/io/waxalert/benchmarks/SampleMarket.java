package io.waxalert.benchmarks;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A seeded, realistic-looking market for the benchmarks: mostly euro prices with some foreign
 * ones, the usual spread of grades, generic and ungraded sleeves, sellers without a rating, and
 * criteria using every rule. The same seed always gives the same market.
 */
final class SampleMarket {

  static final List<String> COUNTRIES = List.of("Germany", "Germany", "Germany", "United Kingdom",
      "United States", "Netherlands", "France", "Belgium", "Italy", "Japan", "Sweden", "Spain");
  private static final List<String> SELLERS = sellers(400);
  private static final Instant POSTED = Instant.parse("2026-11-01T10:00:00Z");

  private final Random random;
  private final double foreignShare;

  /** A market where about a quarter of the prices are in another currency than the entries'. */
  SampleMarket(long seed) {
    this(seed, 0.28);
  }

  /** {@code foreignShare} 0 gives a market in euros only: a control for the cost of conversions. */
  SampleMarket(long seed, double foreignShare) {
    this.random = new Random(seed);
    this.foreignShare = foreignShare;
  }

  /** Criteria with the reference price the underpriced rule compares with. */
  record Wanted(AlertCriteria criteria, ReferencePrices reference) {}

  /** A release's usual price in euros, from a few euros to collector's money. */
  BigDecimal priceLevel() {
    return BigDecimal.valueOf(8 + random.nextInt(73));
  }

  /** A copy of a release whose usual price is {@code level} euros: most ask more, some less. */
  Listing listing(long listingId, long releaseId, BigDecimal level) {
    Currency currency = !pick(foreignShare) ? Currency.EUR
        : pickOf(List.of(Currency.USD, Currency.USD, Currency.GBP, Currency.GBP, Currency.JPY, Currency.SEK, Currency.CHF));
    BigDecimal euros = level.multiply(factor(0.7, 2.5));
    Money price = currency == Currency.EUR ? new Money(euros, currency)
        : new Money(euros.multiply(roughRate(currency)).setScale(2, java.math.RoundingMode.HALF_UP), currency);
    Money shipping = pick(0.3) ? null : new Money(BigDecimal.valueOf(300 + random.nextInt(1_500), 2), currency);
    return new Listing(listingId, releaseId, price, shipping, media(), sleeve(), seller(),
        pick(0.05) ? null : pickOf(COUNTRIES), POSTED, "https://www.discogs.com/sell/item/" + listingId);
  }

  /** What a collector asks of a release whose usual price is {@code level} euros. */
  Wanted wanted(BigDecimal level) {
    AlertCriteria.Builder builder = AlertCriteria.builder();
    double trigger = random.nextDouble();
    boolean underpriced = trigger >= 0.7;
    if (trigger < 0.85) {
      Currency currency = !pick(foreignShare / 2) ? Currency.EUR : pickOf(List.of(Currency.USD, Currency.GBP));
      BigDecimal euros = level.multiply(factor(0.6, 1.4));
      builder.maxPrice(new Money(euros.multiply(roughRate(currency)).setScale(0, java.math.RoundingMode.HALF_UP), currency));
    }
    if (underpriced) {
      builder.underpricedPercent(20 + random.nextInt(21));
    }
    if (pick(0.2)) {
      builder.priceBasis(AlertCriteria.PriceBasis.ITEM_PLUS_SHIPPING);
    }
    if (pick(0.6)) {
      builder.minMediaCondition(pickOf(List.of(MediaCondition.NEAR_MINT, MediaCondition.VERY_GOOD_PLUS,
          MediaCondition.VERY_GOOD_PLUS, MediaCondition.VERY_GOOD)));
    }
    if (pick(0.4)) {
      builder.minSleeveCondition(pickOf(List.of(MediaCondition.VERY_GOOD_PLUS, MediaCondition.VERY_GOOD)));
    }
    if (pick(0.25)) {
      List<String> countries = List.of(pickOf(COUNTRIES), pickOf(COUNTRIES), pickOf(COUNTRIES));
      builder.shipsFrom(pick(0.7) ? ShipsFromFilter.onlyFrom(countries) : ShipsFromFilter.notFrom(countries));
    }
    if (pick(0.3)) {
      builder.minSellerRating(BigDecimal.valueOf(97 + random.nextInt(3)));
    }
    if (pick(0.1)) {
      builder.minSellerFeedback(50 + random.nextInt(500));
    }
    if (pick(0.2)) {
      builder.blockedSellers(List.of(pickOf(SELLERS), pickOf(SELLERS), pickOf(SELLERS)));
    }
    return new Wanted(builder.build(), underpriced ? reference(level) : ReferencePrices.none());
  }

  /** What a release is usually worth per grade, in euros, as price suggestions give it. */
  ReferencePrices reference(BigDecimal level) {
    BigDecimal base = level.multiply(new BigDecimal("1.2"));
    Map<MediaCondition, Money> byCondition = new EnumMap<>(MediaCondition.class);
    byCondition.put(MediaCondition.MINT, new Money(base.multiply(new BigDecimal("1.6")), Currency.EUR));
    byCondition.put(MediaCondition.NEAR_MINT, new Money(base.multiply(new BigDecimal("1.3")), Currency.EUR));
    byCondition.put(MediaCondition.VERY_GOOD_PLUS, new Money(base, Currency.EUR));
    byCondition.put(MediaCondition.VERY_GOOD, new Money(base.multiply(new BigDecimal("0.6")), Currency.EUR));
    return new ReferencePrices(byCondition, null);
  }

  Currency entryCurrency() {
    return pick(0.8) ? Currency.EUR : pickOf(List.of(Currency.USD, Currency.GBP));
  }

  private MediaCondition media() {
    double roll = random.nextDouble();
    if (roll < 0.08) return MediaCondition.MINT;
    if (roll < 0.38) return MediaCondition.NEAR_MINT;
    if (roll < 0.73) return MediaCondition.VERY_GOOD_PLUS;
    if (roll < 0.90) return MediaCondition.VERY_GOOD;
    if (roll < 0.97) return MediaCondition.GOOD_PLUS;
    return MediaCondition.GOOD;
  }

  private SleeveCondition sleeve() {
    double roll = random.nextDouble();
    if (roll < 0.08) return SleeveCondition.GENERIC;
    if (roll < 0.13) return SleeveCondition.NOT_GRADED;
    if (roll < 0.15) return SleeveCondition.NO_COVER;
    return SleeveCondition.of(media());
  }

  private Seller seller() {
    BigDecimal rating = pick(0.12) ? null : BigDecimal.valueOf(940 + random.nextInt(61), 1);
    Integer feedback = rating == null || pick(0.1) ? null : random.nextInt(20_000);
    return new Seller(pickOf(SELLERS), rating, feedback);
  }

  private static BigDecimal roughRate(Currency currency) {
    return switch (currency) {
      case USD -> new BigDecimal("1.15");
      case GBP -> new BigDecimal("0.88");
      case JPY -> new BigDecimal("181");
      case SEK -> new BigDecimal("11");
      case CHF -> new BigDecimal("0.93");
      default -> BigDecimal.ONE;
    };
  }

  /** A random factor between {@code low} and {@code high}, to two decimals. */
  private BigDecimal factor(double low, double high) {
    return BigDecimal.valueOf(Math.round((low + random.nextDouble() * (high - low)) * 100), 2);
  }

  private boolean pick(double probability) {
    return random.nextDouble() < probability;
  }

  private <T> T pickOf(List<T> options) {
    return options.get(random.nextInt(options.size()));
  }

  private static List<String> sellers(int count) {
    return java.util.stream.IntStream.range(0, count).mapToObj(i -> "seller-" + i).toList();
  }
}
