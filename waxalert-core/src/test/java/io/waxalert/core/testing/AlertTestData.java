package io.waxalert.core.testing;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.Verdict;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Test-data builder for alerts: a listing alert of a good seller by default, changed only where a
 * test cares.
 *
 * <pre>{@code
 * Alert alert = AlertTestData.anAlert().forEntry(entryId, "rick").ofListing(77).withPrice("20.00", "EUR").build();
 * Alert stats = AlertTestData.anAlert().ofStats("12.00", "EUR").build();
 * }</pre>
 */
public final class AlertTestData {

  private UUID id = UUID.randomUUID();
  private UUID entryId = UUID.randomUUID();
  private String ownerId = "owner";
  private long releaseId = 249504;
  private String title = "Rick Astley – Never Gonna Give You Up";
  private AlertType type = AlertType.PRICE_MATCHED;
  private Long listingId = 77L;
  private Money price = Money.of("20.00", "EUR");
  private Money shipping = Money.of("5.00", "EUR");
  private MediaCondition media = MediaCondition.VERY_GOOD_PLUS;
  private SleeveCondition sleeve = SleeveCondition.GENERIC;
  private String sellerName = "goodshop";
  private BigDecimal sellerRating = new BigDecimal("99.5");
  private Integer sellerFeedback = 1200;
  private String shipsFrom = "Germany";
  private final List<CriterionResult> verdicts = new ArrayList<>(List.of(
      new CriterionResult(Criterion.MAX_PRICE, Verdict.PASSED, "20.00 EUR", "at most 25.00 EUR",
          "20.00 EUR is at most 25.00 EUR")));
  private String unverifiedBecause;
  private Instant createdAt = Instant.parse("2026-11-20T10:00:00Z");

  private AlertTestData() {}

  public static AlertTestData anAlert() {
    return new AlertTestData();
  }

  public AlertTestData forEntry(UUID entry, String owner) {
    this.entryId = entry;
    this.ownerId = owner;
    return this;
  }

  public AlertTestData titled(String value) {
    this.title = value;
    return this;
  }

  public AlertTestData ofListing(long listing) {
    this.listingId = listing;
    return this;
  }

  /** A market-stats alert of the lowest price: no listing, seller, grades or shipping. */
  public AlertTestData ofStats(String amount, String currency) {
    this.listingId = null;
    this.price = Money.of(amount, currency);
    this.shipping = null;
    this.media = null;
    this.sleeve = null;
    this.sellerName = null;
    this.sellerRating = null;
    this.sellerFeedback = null;
    this.shipsFrom = null;
    return this;
  }

  public AlertTestData underpriced() {
    this.type = AlertType.UNDERPRICED;
    return this;
  }

  public AlertTestData withPrice(String amount, String currency) {
    this.price = Money.of(amount, currency);
    return this;
  }

  public AlertTestData withShipping(String amount, String currency) {
    this.shipping = amount == null ? null : Money.of(amount, currency);
    return this;
  }

  public AlertTestData withGrades(MediaCondition mediaCondition, SleeveCondition sleeveCondition) {
    this.media = mediaCondition;
    this.sleeve = sleeveCondition;
    return this;
  }

  public AlertTestData bySeller(String name, String rating) {
    this.sellerName = name;
    this.sellerRating = rating == null ? null : new BigDecimal(rating);
    return this;
  }

  /** Replaces the verdicts. */
  public AlertTestData withVerdicts(CriterionResult... results) {
    verdicts.clear();
    verdicts.addAll(List.of(results));
    return this;
  }

  /** A stats alert raised because the listings could not be read, for {@code reason}. */
  public AlertTestData unverifiedBecause(String reason) {
    this.unverifiedBecause = reason;
    return this;
  }

  public AlertTestData at(Instant instant) {
    this.createdAt = instant;
    return this;
  }

  public Alert build() {
    String key = listingId == null ? Alert.statsKey(releaseId, price) : Alert.listingKey(listingId);
    String url = listingId == null ? "https://www.discogs.com/sell/release/" + releaseId
        : "https://www.discogs.com/sell/item/" + listingId;
    return new Alert(id, entryId, ownerId, releaseId, title, type, key, listingId, price, shipping, media, sleeve,
        sellerName, sellerRating, sellerFeedback, shipsFrom, url, verdicts, unverifiedBecause, createdAt);
  }
}
