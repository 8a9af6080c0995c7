package io.waxalert.discogs.internal;

/** An image; URIs were empty strings for anonymous callers in 2019. */
public record ImageDto(String type, String uri, String uri150) {}
