package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.persistence.ReleaseMetadata;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Maps {@link WantedEntry} to {@link EntryEntity} and back. Enum-valued columns hold lower-case
 * names ({@code item_plus_shipping}), grades their abbreviation ({@code VG+}).
 */
public final class EntryMapper {

  private EntryMapper() {}

  /**
   * The row for {@code entry}; release metadata and {@code createdAt} are taken from
   * {@code existing} when the entry is being replaced.
   */
  public static EntryEntity toEntity(
      WantedEntry entry, UUID userId, @Nullable EntryEntity existing, Instant now) {
    return existing == null ? toEntity(entry, userId, ReleaseMetadata.none(), null, now, now)
        : toEntity(entry, userId, metadata(existing), existing.deletedAt(), existing.createdAt(), now);
  }

  /** The row for {@code entry} with its release metadata and times. */
  public static EntryEntity toEntity(WantedEntry entry, UUID userId, ReleaseMetadata metadata,
      @Nullable Instant deletedAt, Instant createdAt, Instant now) {
    AlertCriteria c = entry.criteria();
    ReleaseRef target = entry.target();
    CheckState check = entry.lastCheck();
    Money lowest = check == null ? null : check.lowestPrice();
    return new EntryEntity(
        entry.id(),
        userId,
        target.isMaster() ? null : target.id(),
        target.isMaster() ? target.id() : null,
        metadata.formatFilter(),
        entry.releaseIds().stream().map(String::valueOf).collect(Collectors.joining(",")),
        entry.title(),
        metadata.releaseTitle(),
        metadata.artistName(),
        metadata.releaseYear(),
        metadata.releaseFormat(),
        metadata.coverImageUrl(),
        metadata.catalogNumber(),
        entry.currency().name(),
        c.maxPrice() == null ? null : Columns.cents(c.maxPrice().amount()),
        c.maxPrice() == null ? null : c.maxPrice().currency().name(),
        lower(c.priceBasis()),
        lower(c.unknownShipping()),
        c.minMediaCondition() == null ? null : c.minMediaCondition().abbreviation(),
        c.minSleeveCondition() == null ? null : c.minSleeveCondition().abbreviation(),
        Columns.sortedLines(c.shipsFrom().onlyFrom()),
        Columns.sortedLines(c.shipsFrom().notFrom()),
        Columns.cents(c.minSellerRating()),
        c.minSellerFeedback(),
        c.underpricedPercent(),
        Columns.sortedLines(c.blockedSellers()),
        entry.active(),
        entry.status().wireName(),
        check == null ? null : Columns.instant(check.checkedAt()),
        lowest == null ? null : Columns.cents(lowest.amount()),
        lowest == null ? null : lowest.currency().name(),
        check == null ? null : check.numForSale(),
        check == null ? null : check.message(),
        check == null ? null : Columns.nullableInstant(check.marketFetchedAt()),
        deletedAt,
        createdAt,
        now);
  }

  /** What Discogs said of the row's release, as saved. */
  public static ReleaseMetadata metadata(EntryEntity row) {
    return new ReleaseMetadata(row.releaseTitle(), row.artistName(), row.releaseYear(), row.releaseFormat(),
        row.coverImageUrl(), row.formatFilter(), row.catalogNumber());
  }

  /** The entry a row holds; {@code ownerId} is the owner's Discogs username. */
  public static WantedEntry toEntry(EntryEntity row, String ownerId) {
    ReleaseRef target = row.discogsMasterId() != null
        ? ReleaseRef.master(row.discogsMasterId())
        : ReleaseRef.release(row.discogsReleaseId());
    List<Long> releaseIds = row.releaseIds().isBlank()
        ? List.of()
        : Arrays.stream(row.releaseIds().split(",")).map(String::trim).map(Long::valueOf).toList();
    AlertCriteria criteria = AlertCriteria.builder()
        .maxPrice(row.maxPrice() == null ? null
            : Money.of(row.maxPrice(), Currency.parse(row.maxPriceCurrency())))
        .priceBasis(AlertCriteria.PriceBasis.valueOf(upper(row.priceBasis())))
        .unknownShipping(AlertCriteria.UnknownShipping.valueOf(upper(row.unknownShipping())))
        .minMediaCondition(row.minCondition() == null ? null : MediaCondition.parse(row.minCondition()))
        .minSleeveCondition(
            row.minSleeveCondition() == null ? null : MediaCondition.parse(row.minSleeveCondition()))
        .shipsFrom(shipsFrom(row))
        .minSellerRating(row.minSellerRating())
        .minSellerFeedback(row.minSellerFeedback())
        .underpricedPercent(row.underpricedPercentage())
        .blockedSellers(Columns.fromLines(row.blockedSellers()))
        .build();
    CheckState check = row.lastChecked() == null ? null : new CheckState(
        EntryStatus.fromWireName(row.status()),
        row.lastChecked(),
        row.lowestPrice() == null ? null
            : Money.of(row.lowestPrice(), Currency.parse(row.lowestPriceCurrency())),
        row.numForSale(),
        row.checkMessage(),
        row.marketFetchedAt());
    return new WantedEntry(row.id(), ownerId, target, releaseIds, row.title(),
        Currency.parse(row.currency()), criteria, row.active(), check);
  }

  private static ShipsFromFilter shipsFrom(EntryEntity row) {
    List<String> onlyFrom = Columns.fromLines(row.locationFilter());
    List<String> notFrom = Columns.fromLines(row.locationExclude());
    return onlyFrom.isEmpty() && notFrom.isEmpty() ? ShipsFromFilter.any()
        : new ShipsFromFilter(new HashSet<>(onlyFrom), new HashSet<>(notFrom));
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  private static String upper(String column) {
    return column.trim().toUpperCase(Locale.ROOT);
  }
}
