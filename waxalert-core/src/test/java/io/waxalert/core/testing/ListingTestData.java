package io.waxalert.core.testing;

import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test-data builder for listings: a sensible listing by default, changed only where a test cares.
 *
 * <pre>{@code
 * Listing listing = ListingTestData.aListing().withPrice("24.00", "EUR").withMedia(VERY_GOOD_PLUS).build();
 * }</pre>
 */
public final class ListingTestData {

  private static final AtomicLong NEXT_ID = new AtomicLong(1_000_000);

  private long listingId = NEXT_ID.incrementAndGet();
  private long releaseId = 249504;
  private Money price = Money.of("20.00", "EUR");
  private Money shipping = Money.of("5.00", "EUR");
  private MediaCondition media = MediaCondition.VERY_GOOD_PLUS;
  private SleeveCondition sleeve = SleeveCondition.VERY_GOOD_PLUS;
  private String sellerName = "goodshop";
  private BigDecimal sellerRating = new BigDecimal("99.5");
  private Integer feedbackCount = 1200;
  private String shipsFrom = "Germany";
  private Instant posted = Instant.parse("2026-11-01T10:00:00Z");
  private String unavailableIn;

  private ListingTestData() {}

  public static ListingTestData aListing() {
    return new ListingTestData();
  }

  public ListingTestData withId(long id) {
    this.listingId = id;
    return this;
  }

  public ListingTestData forRelease(long id) {
    this.releaseId = id;
    return this;
  }

  public ListingTestData withPrice(String amount, String currency) {
    this.price = Money.of(amount, currency);
    return this;
  }

  public ListingTestData withShipping(String amount, String currency) {
    this.shipping = Money.of(amount, currency);
    return this;
  }

  public ListingTestData withUnknownShipping() {
    this.shipping = null;
    return this;
  }

  public ListingTestData withMedia(MediaCondition condition) {
    this.media = condition;
    return this;
  }

  public ListingTestData withSleeve(SleeveCondition condition) {
    this.sleeve = condition;
    return this;
  }

  public ListingTestData bySeller(String name, String rating, Integer feedback) {
    this.sellerName = name;
    this.sellerRating = rating == null ? null : new BigDecimal(rating);
    this.feedbackCount = feedback;
    return this;
  }

  public ListingTestData shippingFrom(String country) {
    this.shipsFrom = country;
    return this;
  }

  /** The sell page's "Unavailable in {country}" note. */
  public ListingTestData unavailableIn(String country) {
    this.unavailableIn = country;
    return this;
  }

  public Listing build() {
    return new Listing(listingId, releaseId, price, shipping, media, sleeve,
        new Seller(sellerName, sellerRating, feedbackCount), shipsFrom, posted,
        "https://www.discogs.com/sell/item/" + listingId, unavailableIn);
  }
}
