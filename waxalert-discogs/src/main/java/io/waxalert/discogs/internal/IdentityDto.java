package io.waxalert.discogs.internal;

/** {@code /oauth/identity}. */
public record IdentityDto(long id, String username, String consumerName) {}
