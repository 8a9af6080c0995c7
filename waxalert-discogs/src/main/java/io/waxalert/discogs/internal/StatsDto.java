package io.waxalert.discogs.internal;

/** {@code /marketplace/stats/{id}}: lowest price and count are null when nothing is for sale or blocked. */
public record StatsDto(@Required PriceDto lowestPrice, Integer numForSale, Boolean blockedFromSale) {}
