package io.waxalert.discogs.internal;

/** {@code pagination} of a list answer; only page and pages matter for walking. */
public record PaginationDto(int page, int pages, Integer items, Integer perPage) {}
