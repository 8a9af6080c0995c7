package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.serde.config.naming.SnakeCaseStrategy;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.persistence.ReleaseMetadata;
import io.waxalert.persistence.StoredEntry;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A wanted-list entry as the API shows it: the seed schema's snake_case names, money as strings.
 * {@code statusDetail} says what holds the check back beyond its status, e.g. a sell page backing
 * off in {@code auto} mode; null when nothing does.
 * {@code market_fetched_at} is when the figures behind {@code lowest_price} and {@code num_for_sale}
 * were read from Discogs (earlier than {@code last_checked} when the check reused a recent fetch);
 * {@code last_alert_at} when the entry last alerted, null when it never did.
 */
@Serdeable(naming = SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.ALWAYS)
public record EntryView(
    String id,
    @Nullable Long discogsReleaseId,
    @Nullable Long discogsMasterId,
    @Nullable String formatFilter,
    String title,
    @Nullable String releaseTitle,
    @Nullable String artistName,
    @Nullable Integer releaseYear,
    @Nullable String releaseFormat,
    @Nullable String coverImageUrl,
    @Nullable String catalogNumber,
    String currency,
    @Nullable String maxPrice,
    @Nullable String maxPriceCurrency,
    String priceBasis,
    String unknownShipping,
    @Nullable String minCondition,
    @Nullable String minSleeveCondition,
    List<String> locationFilter,
    List<String> locationExclude,
    @Nullable BigDecimal minSellerRating,
    @Nullable Integer minSellerFeedback,
    @Nullable Integer underpricedPercentage,
    List<String> blockedSellers,
    boolean isActive,
    String status,
    @Nullable String lastChecked,
    @Nullable String lowestPrice,
    @Nullable Integer numForSale,
    @Nullable String checkMessage,
    @Nullable String marketFetchedAt,
    @Nullable String lastAlertAt,
    @Nullable String createdAt,
    @Nullable String updatedAt,
    @Nullable String statusDetail,
    @Nullable String nextCheckAt,
    @Nullable Integer versionsWatched,
    @Nullable Integer versionsTotal) {

  static EntryView of(StoredEntry stored) {
    return of(stored, null, null, null, null);
  }

  /**
   * @param lastAlertAt when the entry last alerted; null when it never did
   * @param statusDetail what holds the check back beyond its status; null when nothing does
   * @param nextCheck when the entry will be checked, estimated; null when paused or unknown
   * @param versionsTotal a master's pressings in all, of which it watches at most
   *     {@code waxalert.limits.master-versions}; null for a release
   */
  static EntryView of(StoredEntry stored, @Nullable Instant lastAlertAt, @Nullable String statusDetail,
      @Nullable Instant nextCheck, @Nullable Integer versionsTotal) {
    WantedEntry e = stored.entry();
    ReleaseMetadata m = stored.metadata();
    AlertCriteria c = e.criteria();
    CheckState check = e.lastCheck();
    ShipsFromFilter ships = c.shipsFrom();
    return new EntryView(
        e.id().toString(),
        e.target().isMaster() ? null : e.target().id(),
        e.target().isMaster() ? e.target().id() : null,
        m.formatFilter(),
        e.title(),
        m.releaseTitle(), m.artistName(), m.releaseYear(), m.releaseFormat(), m.coverImageUrl(), m.catalogNumber(),
        e.currency().name(),
        Json.money(c.maxPrice()),
        c.maxPrice() == null ? null : c.maxPrice().currency().name(),
        c.priceBasis().name().toLowerCase(Locale.ROOT),
        c.unknownShipping().name().toLowerCase(Locale.ROOT),
        c.minMediaCondition() == null ? null : c.minMediaCondition().abbreviation(),
        c.minSleeveCondition() == null ? null : c.minSleeveCondition().abbreviation(),
        ships.onlyFrom().stream().sorted().toList(),
        ships.notFrom().stream().sorted().toList(),
        c.minSellerRating() == null ? null : Json.plainNumber(c.minSellerRating()),
        c.minSellerFeedback(),
        c.underpricedPercent(),
        c.blockedSellers().stream().sorted().toList(),
        e.active(),
        e.status().wireName(),
        check == null ? null : Json.instant(check.checkedAt()),
        check == null ? null : Json.money(check.lowestPrice()),
        check == null ? null : check.numForSale(),
        check == null ? null : check.message(),
        check == null ? null : Json.instant(check.marketFetchedAt()),
        Json.instant(lastAlertAt),
        Json.instant(stored.createdAt()),
        Json.instant(stored.updatedAt()),
        statusDetail,
        nextCheck == null || !e.active() ? null : Json.instant(nextCheck),
        e.target().isMaster() ? e.releaseIds().size() : null,
        e.target().isMaster() ? (versionsTotal == null ? e.releaseIds().size() : versionsTotal) : null);
  }
}
