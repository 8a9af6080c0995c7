package io.waxalert.discogs.internal;

/** The release summary inside a listing. */
public record ListingReleaseDto(
    long id, String description, String title, String artist, String format, Integer year, String catalogNumber) {}
