package io.waxalert.discogs.internal;

import java.util.List;

/** A page of a paginated answer; the list key differs per endpoint. */
public interface PageDto<T> {

  PaginationDto pagination();

  /** The entries, null where one could not be read; empty when Discogs left the key out. */
  List<T> items();

  /** How many entries Discogs sent, readable or not: an empty page ends a walk. */
  default int entryCount() {
    return items().size();
  }
}
