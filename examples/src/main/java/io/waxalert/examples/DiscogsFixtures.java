package io.waxalert.examples;

import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the few fields the example needs from responses recorded from Discogs in the project's
 * {@code shared/discogs-fixtures/}. Deliberately not a JSON parser: the examples stay free of
 * Jackson, and the real mapping belongs to the Discogs adapter. The files are read where they are,
 * never copied.
 */
final class DiscogsFixtures {

  static final String STATS_125204_EUR = "marketplace-stats-125204-EUR-2026.json";
  static final String STATS_BLOCKED = "marketplace-stats-blocked-2026.json";
  static final String LISTING_1265949252 = "listing-1265949252-2025.json";

  private static final List<String> SEARCHED = List.of("../shared/discogs-fixtures", "../../shared/discogs-fixtures");

  private final Path dir;

  private DiscogsFixtures(Path dir) {
    this.dir = dir;
  }

  /** The fixtures next to the working directory (repository root or module dir), if present. */
  static Optional<DiscogsFixtures> find() {
    return SEARCHED.stream()
        .map(Path::of)
        .filter(dir -> Files.isRegularFile(dir.resolve(STATS_125204_EUR)))
        .findFirst()
        .map(dir -> new DiscogsFixtures(dir.toAbsolutePath().normalize()));
  }

  Path dir() {
    return dir;
  }

  /**
   * A {@code GET /marketplace/stats/{release_id}} body. The body itself carries no release id, so
   * the caller says which release it answered for.
   */
  MarketStats stats(String file, long releaseId) {
    String json = read(file);
    String lowest = find(json, "\"lowest_price\"\\s*:\\s*(null|\\{[^}]*})").orElse("null");
    Money lowestPrice = lowest.equals("null") ? null : money(lowest);
    Integer numForSale = find(json, "\"num_for_sale\"\\s*:\\s*(\\d+)").map(Integer::valueOf).orElse(null);
    boolean blocked = find(json, "\"blocked_from_sale\"\\s*:\\s*(true|false)").map(Boolean::parseBoolean).orElse(false);
    return new MarketStats(releaseId, lowestPrice, numForSale, blocked);
  }

  /** A {@code GET /marketplace/listings/{listing_id}} body, as a buyer sees it. */
  Listing listing(String file) {
    String json = read(file);
    long listingId = Long.parseLong(require(json, "\"id\"\\s*:\\s*(\\d+)", file));
    long releaseId = Long.parseLong(require(json, "api\\.discogs\\.com/releases/(\\d+)\"", file));
    Money price = money(require(json, "\"price\"\\s*:\\s*(\\{[^}]*})", file));
    // Discogs sends "shipping_price": {} when it does not know the buyer's shipping.
    Money shipping = find(json, "\"shipping_price\"\\s*:\\s*(\\{[^}]*\"value\"[^}]*})").map(DiscogsFixtures::money).orElse(null);
    Seller seller = new Seller(
        require(json, "\"username\"\\s*:\\s*\"([^\"]+)\"", file),
        find(json, "\"rating\"\\s*:\\s*\"?([0-9.]+)").map(BigDecimal::new).orElse(null),
        find(json, "\"total\"\\s*:\\s*(\\d+)").map(Integer::valueOf).orElse(null));
    return new Listing(listingId, releaseId, price, shipping,
        MediaCondition.parse(require(json, "\"condition\"\\s*:\\s*\"([^\"]+)\"", file)),
        SleeveCondition.parse(require(json, "\"sleeve_condition\"\\s*:\\s*\"([^\"]+)\"", file)),
        seller,
        find(json, "\"ships_from\"\\s*:\\s*\"([^\"]+)\"").orElse(null),
        find(json, "\"posted\"\\s*:\\s*\"([^\"]+)\"").map(t -> OffsetDateTime.parse(t).toInstant()).orElse(null),
        require(json, "\"uri\"\\s*:\\s*\"(https://www\\.discogs\\.com/sell/item/\\d+)\"", file));
  }

  /** {@code {"value": 64.0, "currency": "EUR"}}, with the amount kept exactly as sent. */
  private static Money money(String object) {
    String value = require(object, "\"value\"\\s*:\\s*([0-9.]+)", object);
    String currency = require(object, "\"currency\"\\s*:\\s*\"([A-Z]{3})\"", object);
    return Money.of(value, currency);
  }

  private String read(String file) {
    try {
      return Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read fixture " + file, e);
    }
  }

  private static Optional<String> find(String json, String regex) {
    Matcher matcher = Pattern.compile(regex).matcher(json);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static String require(String json, String regex, String where) {
    return find(json, regex).orElseThrow(
        () -> new IllegalArgumentException("no match for " + regex + " in " + where));
  }
}
