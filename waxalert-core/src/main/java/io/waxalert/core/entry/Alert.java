package io.waxalert.core.entry;

import io.waxalert.core.Nullable;
import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.MatchResult;
import io.waxalert.core.criteria.Verdict;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.core.model.Listing;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A listing (or, from market stats, a lowest price) that met an entry's criteria: raised once per
 * entry and listing. What happened to it on each channel is its {@link Delivery}s.
 *
 * @param id alert id
 * @param entryId the wanted entry it fits
 * @param ownerId the collector to tell
 * @param releaseId the release for sale
 * @param title the entry's "Artist – Title"
 * @param type which price trigger fired, or {@link AlertType#FOR_SALE}
 * @param listingKey what makes it unique per entry: {@code listing:<id>}, or
 *     {@code stats:<release>:<price>} for a market-stats alert, {@code for-sale:<check time>} for
 *     an availability alert
 * @param listingId the Discogs listing, null for a market-stats alert
 * @param price the item price that fired it
 * @param shipping shipping to the collector, null when unknown (always for a market-stats alert)
 * @param mediaCondition null for a market-stats alert
 * @param sleeveCondition null for a market-stats alert
 * @param sellerName null for a market-stats alert
 * @param sellerRating null when unknown
 * @param sellerFeedback the seller's number of ratings, null when unknown
 * @param shipsFrom null when unknown
 * @param url the listing, or the release's sell page
 * @param verdicts each set criterion's verdict with its figures, in criterion order
 * @param unverifiedBecause for a market-stats alert raised because the listings that would have
 *     judged the other criteria could not be read: why; null otherwise
 * @param createdAt when it was raised
 */
public record Alert(
    UUID id,
    UUID entryId,
    String ownerId,
    long releaseId,
    String title,
    AlertType type,
    String listingKey,
    @Nullable Long listingId,
    Money price,
    @Nullable Money shipping,
    @Nullable MediaCondition mediaCondition,
    @Nullable SleeveCondition sleeveCondition,
    @Nullable String sellerName,
    @Nullable BigDecimal sellerRating,
    @Nullable Integer sellerFeedback,
    @Nullable String shipsFrom,
    String url,
    List<CriterionResult> verdicts,
    @Nullable String unverifiedBecause,
    Instant createdAt) {

  /**
   * Validates the alert and copies the verdicts.
   *
   * @param id alert id
   * @param entryId the wanted entry it fits
   * @param ownerId the collector to tell
   * @param releaseId the release for sale
   * @param title the entry's "Artist – Title"
   * @param type which price trigger fired
   * @param listingKey what makes it unique per entry: {@code listing:<id>}, or
   *     {@code stats:<release>:<price>} for a market-stats alert
   * @param listingId the Discogs listing, null for a market-stats alert
   * @param price the item price that fired it
   * @param shipping shipping to the collector, null when unknown (always for a market-stats alert)
   * @param mediaCondition null for a market-stats alert
   * @param sleeveCondition null for a market-stats alert
   * @param sellerName null for a market-stats alert
   * @param sellerRating null when unknown
   * @param sellerFeedback the seller's number of ratings, null when unknown
   * @param shipsFrom null when unknown
   * @param url the listing, or the release's sell page
   * @param verdicts each set criterion's verdict with its figures, in criterion order
   * @param unverifiedBecause for a market-stats alert raised because the listings that would have
   *     judged the other criteria could not be read: why; null otherwise
   * @param createdAt when it was raised
   * @throws NullPointerException if a component not marked nullable is null
   */
  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(listingKey, "listingKey");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(createdAt, "createdAt");
    verdicts = List.copyOf(verdicts);
  }

  /**
   * The alert for a listing that matched {@code entry}.
   *
   * @param entry the entry the listing fits
   * @param listing the listing
   * @param match the matcher's verdicts for it
   * @param now when it is raised
   * @return a new alert with a random id, keyed {@code listing:<id>}
   */
  public static Alert ofListing(WantedEntry entry, Listing listing, MatchResult.Matched match, Instant now) {
    return new Alert(UUID.randomUUID(), entry.id(), entry.ownerId(), listing.releaseId(), entry.title(),
        match.type(), listingKey(listing.listingId()), listing.listingId(), listing.price(),
        listing.shipping(), listing.mediaCondition(), listing.sleeveCondition(), listing.seller().name(),
        listing.seller().rating(), listing.seller().feedbackCount(), listing.shipsFrom(), listing.url(),
        match.results(), null, now);
  }

  /**
   * The alert for a market's lowest price that matched {@code entry}; {@code url} is the sell page,
   * {@code unverifiedBecause} why the listings could not be read where they were wanted.
   *
   * @param entry the entry the lowest price fits
   * @param stats the market aggregate, with a lowest price
   * @param match the matcher's verdicts on the aggregate
   * @param url the release's sell page
   * @param unverifiedBecause why the listings could not be read, null when they were not wanted
   * @param now when it is raised
   * @return a new alert with a random id, keyed by release and price
   * @throws NullPointerException if {@code stats} has no lowest price
   */
  public static Alert ofStats(WantedEntry entry, MarketStats stats, MatchResult.Matched match, String url,
      @Nullable String unverifiedBecause, Instant now) {
    Money lowest = Objects.requireNonNull(stats.lowestPrice(), "lowest price");
    return new Alert(UUID.randomUUID(), entry.id(), entry.ownerId(), stats.releaseId(), entry.title(),
        match.type(), statsKey(stats.releaseId(), lowest), null, lowest, null, null, null, null, null,
        null, null, url, match.results(), unverifiedBecause, now);
  }

  /**
   * The alert of an entry that asks nothing but availability ({@link
   * io.waxalert.core.criteria.AlertCriteria#isAvailabilityOnly()}) for a release that came up for sale
   * after a check found none: the lowest price and the sell page {@code url}. Keyed by the check, so
   * each time the release comes up again alerts once, and a master's releases coming up in one check
   * alert once.
   *
   * @param entry the entry that asks for availability only
   * @param stats the market figures of the check; must have a lowest price
   * @param url the release's sell page
   * @param now the check's time, which keys the alert
   * @return the {@link AlertType#FOR_SALE} alert
   */
  public static Alert ofAvailability(WantedEntry entry, MarketStats stats, String url, Instant now) {
    Money lowest = Objects.requireNonNull(stats.lowestPrice(), "lowest price");
    String offered = (stats.numForSale() == null ? "" : stats.numForSale() + " ") + "for sale from " + lowest;
    CriterionResult verdict = new CriterionResult(Criterion.FOR_SALE, Verdict.PASSED, offered,
        "for sale after none were", offered + "; none were for sale at the previous check");
    return new Alert(UUID.randomUUID(), entry.id(), entry.ownerId(), stats.releaseId(), entry.title(),
        AlertType.FOR_SALE, availabilityKey(now), null, lowest, null, null, null, null, null, null, null, url,
        List.of(verdict), null, now);
  }

  /**
   * True for an alert raised from the market aggregate rather than one listing.
   *
   * @return true when the alert names no listing
   */
  public boolean isStatsAlert() {
    return listingId == null;
  }

  /**
   * Item plus shipping: in the listing's currency when both are in one currency, else with the
   * shipping converted to the item's currency; empty when shipping is unknown or not convertible.
   *
   * @param rates converts the shipping where its currency differs
   * @return the total in the item's currency, or empty
   */
  public Optional<Money> total(ExchangeRates rates) {
    if (shipping == null) {
      return Optional.empty();
    }
    return rates.convert(shipping, price.currency()).map(price::plus);
  }

  /**
   * The criteria whose data was unknown: what the collector still has to check.
   *
   * @return the unjudged verdicts, in criterion order
   */
  public List<CriterionResult> notJudged() {
    return verdicts.stream().filter(v -> v.verdict() == Verdict.NOT_JUDGED).toList();
  }

  /**
   * One line per verdict, e.g. {@code max price (ok): 12.50 EUR is at most 25.00 EUR}, and a last
   * line naming what was not verified and why, where the listings could not be read.
   *
   * @return the explanation, lines separated by {@code \n}
   */
  public String explain() {
    String lines = verdicts.isEmpty() ? "no criteria set: any listing fits" : CriterionResult.lines(verdicts);
    return unverifiedBecause == null ? lines : lines + "\n" + unverified();
  }

  /**
   * "not verified (media condition, ships from): the listings could not be read, …: why"; empty
   * text when the alert has no such reason.
   *
   * @return the sentence, or empty text
   */
  public String unverified() {
    if (unverifiedBecause == null) {
      return "";
    }
    String criteria = notJudged().stream().map(v -> v.criterion().label()).collect(Collectors.joining(", "));
    return "not verified (" + criteria + "): the listings could not be read, so this alert is on the"
        + " lowest price only: " + unverifiedBecause;
  }

  /**
   * The {@link #listingKey()} of a listing alert.
   *
   * @param listingId the Discogs listing id
   * @return {@code listing:<id>}
   */
  public static String listingKey(long listingId) {
    return "listing:" + listingId;
  }

  /**
   * The key of an availability alert raised by the check at {@code checkedAt}.
   *
   * @param checkedAt when the check ran
   * @return {@code for-sale:<epoch millis>}
   */
  public static String availabilityKey(Instant checkedAt) {
    return "for-sale:" + checkedAt.toEpochMilli();
  }

  /**
   * The {@link #listingKey()} of a market-stats alert: a lower price later is a new alert.
   *
   * @param releaseId the release
   * @param lowest the lowest price that fired it
   * @return {@code stats:<release>:<amount>:<currency>}, the amount with two decimals
   */
  public static String statsKey(long releaseId, Money lowest) {
    return "stats:" + releaseId + ":" + lowest.amountText() + ":" + lowest.currency();
  }
}
