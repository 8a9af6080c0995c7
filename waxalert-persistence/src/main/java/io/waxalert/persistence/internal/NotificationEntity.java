package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code alert_notifications}: one per entry and listing key. Its deliveries are rows of
 * {@code alert_deliveries} (see {@code JdbcAlertOutbox}). {@code verdicts} is JSON (V5); rows
 * recorded before V5 have only {@code explanation}.
 */
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
    @Nullable BigDecimal listingShipping,
    @Nullable String listingShippingCurrency,
    @Nullable String listingCondition,
    @Nullable String listingSleeveCondition,
    @Nullable String sellerName,
    @Nullable BigDecimal sellerRating,
    @Nullable Integer sellerFeedback,
    @Nullable String shipsFrom,
    String listingUrl,
    @Nullable String explanation,
    @Nullable String verdicts,
    @Nullable String unverifiedBecause,
    Instant createdAt) {}
