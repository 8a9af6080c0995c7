package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code wanted_list_entries}; columns are the service contract's snake_case names. A row
 * with {@code deletedAt} is a deleted entry kept restorable until it is purged.
 */
@Entity
@Table(name = "wanted_list_entries")
public record EntryEntity(
    @Id UUID id,
    UUID userId,
    @Nullable Long discogsReleaseId,
    @Nullable Long discogsMasterId,
    @Nullable String formatFilter,
    String releaseIds,
    String title,
    @Nullable String releaseTitle,
    @Nullable String artistName,
    @Nullable Integer releaseYear,
    @Nullable String releaseFormat,
    @Nullable String coverImageUrl,
    @Nullable String catalogNumber,
    String currency,
    @Nullable BigDecimal maxPrice,
    @Nullable String maxPriceCurrency,
    String priceBasis,
    String unknownShipping,
    @Nullable String minCondition,
    @Nullable String minSleeveCondition,
    String locationFilter,
    String locationExclude,
    @Nullable BigDecimal minSellerRating,
    @Nullable Integer minSellerFeedback,
    @Nullable Integer underpricedPercentage,
    String blockedSellers,
    @Column(name = "is_active") boolean active,
    String status,
    @Nullable Instant lastChecked,
    @Nullable BigDecimal lowestPrice,
    @Nullable String lowestPriceCurrency,
    @Nullable Integer numForSale,
    @Nullable String checkMessage,
    @Nullable Instant marketFetchedAt,
    @Nullable Instant deletedAt,
    Instant createdAt,
    Instant updatedAt) {}
