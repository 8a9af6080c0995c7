package io.waxalert.discogs.internal;

/** A marketplace listing (single listing or inventory item); shipping may be {@code {}}. */
public record ListingDto(
    long id,
    String status,
    String condition,
    String sleeveCondition,
    String comments,
    String shipsFrom,
    String posted,
    PriceDto price,
    PriceDto shippingPrice,
    SellerDto seller,
    ListingReleaseDto release,
    String uri) {}
