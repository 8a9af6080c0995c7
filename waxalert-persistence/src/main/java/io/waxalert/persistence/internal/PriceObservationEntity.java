package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/** A row of {@code price_observations}. */
@MappedEntity("price_observations")
public record PriceObservationEntity(
    @Id UUID id,
    long discogsReleaseId,
    Instant observedAt,
    @Nullable BigDecimal lowestPrice,
    @Nullable String currency,
    @Nullable Integer numForSale) {}
