package io.waxalert.discogs.internal;

/** An artist credit; {@code anv} is the name variation printed on the release. */
public record ArtistDto(Long id, String name, String anv, String join) {}
