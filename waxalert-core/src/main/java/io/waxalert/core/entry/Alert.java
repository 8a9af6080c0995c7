package io.waxalert.core.entry;

import io.waxalert.core.Nullable;
import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.SleeveCondition;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A listing (or, from market stats, a lowest price) that met an entry's criteria: raised once per
 * entry and listing, delivered once.
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
 * @param price the price that fired it
 * @param mediaCondition null for a market-stats alert
 * @param sleeveCondition null for a market-stats alert
 * @param sellerName null for a market-stats alert
 * @param sellerRating null when unknown
 * @param shipsFrom null when unknown
 * @param url the listing, or the release's sell page
 * @param explanation each criterion's verdict in words, one per line
 * @param createdAt when it was raised
 * @param sentAt when it was delivered; null while pending
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
    @Nullable MediaCondition mediaCondition,
    @Nullable SleeveCondition sleeveCondition,
    @Nullable String sellerName,
    @Nullable BigDecimal sellerRating,
    @Nullable String shipsFrom,
    String url,
    String explanation,
    Instant createdAt,
    @Nullable Instant sentAt) {

  public Alert {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(listingKey, "listingKey");
    Objects.requireNonNull(price, "price");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(explanation, "explanation");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** True for an alert raised from the market aggregate rather than one listing. */
  public boolean isStatsAlert() {
    return listingId == null;
  }

  public boolean isSent() {
    return sentAt != null;
  }

  public Alert sent(Instant at) {
    return new Alert(id, entryId, ownerId, releaseId, title, type, listingKey, listingId, price,
        mediaCondition, sleeveCondition, sellerName, sellerRating, shipsFrom, url, explanation,
        createdAt, at);
  }

  public static String listingKey(long listingId) {
    return "listing:" + listingId;
  }

  public static String statsKey(long releaseId, Money lowest) {
    return "stats:" + releaseId + ":" + lowest.amountText() + ":" + lowest.currency();
  }
}
