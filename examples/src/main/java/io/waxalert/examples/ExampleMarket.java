package io.waxalert.examples;

import static io.waxalert.core.model.MediaCondition.MINT;
import static io.waxalert.core.model.MediaCondition.NEAR_MINT;
import static io.waxalert.core.model.MediaCondition.VERY_GOOD_PLUS;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReferencePrices;
import io.waxalert.core.model.Seller;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The example's built-in market: six collectors' wanted entries and what was for sale, written the
 * way Discogs shows it (grades as "Near Mint (NM or M-)", country names, seller ratings in percent).
 * Release ids and titles are illustrative; listings, sellers and prices are invented.
 */
final class ExampleMarket {

  static final long NEVER_GONNA = 249504;
  static final long TWOISM = 2247646;
  static final long DISTANT_MEMORIES = 16274231;
  static final long DUMMY = 3071536;
  static final long MOON_SAFARI = 4570366;
  static final long BOOTLEG_LIVE = 7189832;

  private static final Instant POSTED = Instant.parse("2026-11-20T08:00:00Z");

  private ExampleMarket() {}

  // --- what the collectors want -------------------------------------------------------------

  /** A record in good shape, sleeve included, up to a price. */
  static final WantedEntry ALICE = WantedEntry.forRelease("alice", NEVER_GONNA,
      "Rick Astley – Never Gonna Give You Up", Currency.EUR,
      AlertCriteria.builder()
          .maxPrice(Money.of("25.00", "EUR"))
          .minMediaCondition(VERY_GOOD_PLUS)
          .minSleeveCondition(VERY_GOOD_PLUS)
          .build());

  /** Only from nearby countries and only from well-rated sellers, to keep shipping cheap and safe. */
  static final WantedEntry BOB = WantedEntry.forRelease("bob", TWOISM,
      "Boards of Canada – Twoism", Currency.EUR,
      AlertCriteria.builder()
          .maxPrice(Money.of("40.00", "EUR"))
          .shipsFrom(ShipsFromFilter.onlyFrom(List.of("Germany", "Netherlands", "Belgium")))
          .minSellerRating(new BigDecimal("99"))
          .build());

  /** No fixed budget: any copy at least 30 % under what its grade is usually worth. */
  static final WantedEntry CAROL = WantedEntry.forRelease("carol", DISTANT_MEMORIES,
      "Dream Theater – Distant Memories – Live in London", Currency.EUR,
      AlertCriteria.builder().underpricedPercent(30).build());

  /** Shops in pounds and never wants to hear of one seller again (matched case-insensitively). */
  static final WantedEntry DAVE = WantedEntry.forRelease("dave", DUMMY,
      "Portishead – Dummy", Currency.GBP,
      AlertCriteria.builder()
          .maxPrice(Money.of("15.00", "GBP"))
          .blockedSellers(List.of("flipper-records"))
          .build());

  /** Watched through market stats only: the grade cannot be judged there, so the alert says so. */
  static final WantedEntry ERIN = WantedEntry.forRelease("erin", MOON_SAFARI,
      "Air – Moon Safari", Currency.EUR,
      AlertCriteria.builder()
          .maxPrice(Money.of("60.00", "EUR"))
          .minMediaCondition(VERY_GOOD_PLUS)
          .build());

  /** A release Discogs blocks from sale: it can never alert, and shows as "no listings". */
  static final WantedEntry FRANK = WantedEntry.forRelease("frank", BOOTLEG_LIVE,
      "Unknown Artist – Bootleg Live 1994", Currency.EUR,
      AlertCriteria.builder().maxPrice(Money.of("20.00", "EUR")).build());

  /** The entries checked against sell pages (per-listing data). */
  static List<WantedEntry> sellPageEntries() {
    return List.of(ALICE, BOB, CAROL, DAVE);
  }

  /** The entries checked against market stats (the official API's aggregate). */
  static List<WantedEntry> marketStatsEntries() {
    return List.of(ERIN, FRANK);
  }

  // --- what is for sale ---------------------------------------------------------------------

  /** The listing the example rejects on purpose: cheap and near mint, but in a generic sleeve. */
  static final Listing GENERIC_SLEEVE = listing(102, NEVER_GONNA, "14.00 EUR", "5.00 EUR",
      "Near Mint (NM or M-)", "Generic", seller("crate-digger-nl", "100.0", 310), "Netherlands");

  /** The listing a blocked seller put up for Dave's record. */
  static final Listing BLOCKED_SELLER = listing(401, DUMMY, "9.00 GBP", "3.20 GBP",
      "Good Plus (G+)", "Good (G)", seller("Flipper-Records", "98.1", 870), "United Kingdom");

  static List<Listing> listings() {
    return List.of(
        listing(101, NEVER_GONNA, "19.50 EUR", "6.00 EUR",
            "Near Mint (NM or M-)", "Very Good Plus (VG+)", seller("groove-attic", "99.7", 2400), "Germany"),
        GENERIC_SLEEVE,
        listing(103, NEVER_GONNA, "18.00 GBP", "4.50 GBP",
            "Mint (M)", "Near Mint (NM or M-)", seller("london-wax", "99.9", 5120), "United Kingdom"),
        listing(104, NEVER_GONNA, "9.99 EUR", null,
            "Very Good (VG)", "Very Good (VG)", seller("flipper-records", "98.1", 870), "Germany"),

        listing(201, TWOISM, "35.00 EUR", "7.50 EUR",
            "Very Good Plus (VG+)", "Very Good Plus (VG+)", seller("hamburg-grooves", "99.4", 640), "Germany"),
        listing(202, TWOISM, "29.00 USD", "12.00 USD",
            "Near Mint (NM or M-)", "Near Mint (NM or M-)", seller("brooklyn-spins", "99.9", 2210), "United States"),
        // A new seller has no rating yet: the rule cannot be judged, which does not stop the match.
        listing(203, TWOISM, "31.00 EUR", null,
            "Very Good (VG)", "Very Good (VG)", new Seller("first-sale-bxl", null, 0), "Belgium"),
        listing(204, TWOISM, "38.00 EUR", "6.00 EUR",
            "Very Good Plus (VG+)", "Not Graded", seller("bargain-bin-bxl", "97.5", 150), "Belgium"),

        listing(301, DISTANT_MEMORIES, "79.00 EUR", "14.00 EUR",
            "Mint (M)", "Mint (M)", seller("metal-mailorder", "99.9", 8800), "Germany"),
        listing(302, DISTANT_MEMORIES, "95.00 EUR", "14.00 EUR",
            "Near Mint (NM or M-)", "Near Mint (NM or M-)", seller("prog-corner", "99.2", 430), "Italy"),

        BLOCKED_SELLER,
        listing(402, DUMMY, "13.50 EUR", "9.00 EUR",
            "Very Good Plus (VG+)", "Very Good (VG)", seller("paris-vinyl", "99.5", 1020), "France"));
  }

  /** What a box set is usually worth per grade, e.g. from Discogs' price suggestions. */
  static ReferencePrices distantMemoriesReference() {
    return new ReferencePrices(Map.of(
        MINT, Money.of("120.00", "EUR"),
        NEAR_MINT, Money.of("100.00", "EUR"),
        VERY_GOOD_PLUS, Money.of("70.00", "EUR")), null);
  }

  static RecordedListingSource sellPages(ExchangeRates rates) {
    RecordedListingSource source = RecordedListingSource.sellPages(rates);
    listings().forEach(source::add);
    return source.reference(DISTANT_MEMORIES, distantMemoriesReference());
  }

  static RecordedListingSource marketStats(ExchangeRates rates) {
    return RecordedListingSource.marketStatsOnly(rates)
        .add(new MarketStats(MOON_SAFARI, Money.of("48.00", "EUR"), 23, false))
        .add(new MarketStats(BOOTLEG_LIVE, null, null, true));
  }

  // --- helpers ------------------------------------------------------------------------------

  private static Listing listing(long id, long releaseId, String price, String shipping,
      String media, String sleeve, Seller seller, String shipsFrom) {
    return new Listing(id, releaseId, money(price), shipping == null ? null : money(shipping),
        MediaCondition.parse(media), SleeveCondition.parse(sleeve), seller, shipsFrom, POSTED,
        "https://www.discogs.com/sell/item/" + id);
  }

  private static Seller seller(String name, String rating, int feedbackCount) {
    return new Seller(name, new BigDecimal(rating), feedbackCount);
  }

  /** "19.50 EUR" → Money. */
  private static Money money(String text) {
    String[] amountAndCurrency = text.split(" ");
    return Money.of(amountAndCurrency[0], amountAndCurrency[1]);
  }
}
