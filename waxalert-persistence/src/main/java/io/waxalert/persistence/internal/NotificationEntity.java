package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code alert_notifications}: one per entry and listing key. */
@Entity
@Table(name = "alert_notifications")
public record NotificationEntity(
    @Id UUID id,
    UUID wantedListEntryId,
    UUID userId,
    long discogsReleaseId,
    String title,
    String notificationType,
    String listingKey,
    @Nullable Long listingId,
    BigDecimal listingPrice,
    String listingCurrency,
    @Nullable String listingCondition,
    @Nullable String listingSleeveCondition,
    @Nullable String sellerName,
    @Nullable BigDecimal sellerRating,
    @Nullable String shipsFrom,
    String listingUrl,
    String explanation,
    String deliveryState,
    @Nullable Instant emailSentAt,
    Instant createdAt) {}
