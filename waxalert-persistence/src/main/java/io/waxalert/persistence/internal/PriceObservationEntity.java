package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code price_observations}. */
@Entity
@Table(name = "price_observations")
public record PriceObservationEntity(
    @Id UUID id,
    long discogsReleaseId,
    Instant observedAt,
    @Nullable BigDecimal lowestPrice,
    @Nullable String currency,
    @Nullable Integer numForSale) {}
