package io.waxalert.discogs.internal;

import java.math.BigDecimal;

/** {@code seller.stats}; {@code rating} comes as a string ("99.8"). */
public record SellerStatsDto(BigDecimal rating, BigDecimal stars, Integer total) {}
