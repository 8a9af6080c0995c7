package io.waxalert.discogs.internal;

/** A listing's seller; {@code stats} is missing in 2014-era answers. */
public record SellerDto(Long id, String username, SellerStatsDto stats) {}
