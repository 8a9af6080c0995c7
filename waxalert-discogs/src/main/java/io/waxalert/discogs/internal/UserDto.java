package io.waxalert.discogs.internal;

import java.math.BigDecimal;

/** {@code /users/{u}}; {@code email} only for the user themself. */
public record UserDto(
    long id, String username, String name, String email, String currAbbr, Integer numForSale,
    Integer numWantlist, BigDecimal sellerRating, String location) {}
