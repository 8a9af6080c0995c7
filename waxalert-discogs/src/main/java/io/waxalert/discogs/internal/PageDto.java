package io.waxalert.discogs.internal;

import java.util.List;

/** A page of a paginated answer; the list key differs per endpoint. */
public interface PageDto<T> {

  PaginationDto pagination();

  /** The readable entries; empty when Discogs left the key out. */
  List<T> items();
}
