package io.waxalert.discogs.internal;

/** A label credit. */
public record LabelDto(Long id, String name, String catno) {}
