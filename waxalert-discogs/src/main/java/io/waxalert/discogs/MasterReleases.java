package io.waxalert.discogs;

import java.util.List;

/**
 * The releases of a master read up to a limit, and how many it has in all.
 *
 * @param releaseIds the first pressings' release ids, in Discogs' order, at most the limit asked for
 * @param total how many pressings (of the format asked for) Discogs counts, at least the ids read
 */
public record MasterReleases(List<Long> releaseIds, int total) {

  /**
   * Copies the ids; {@code total} is at least their number.
   *
   * @param releaseIds the first pressings' release ids, in Discogs' order
   * @param total how many pressings Discogs counts
   */
  public MasterReleases {
    releaseIds = List.copyOf(releaseIds);
    total = Math.max(total, releaseIds.size());
  }

  /**
   * Whether the limit left pressings out.
   *
   * @return true when Discogs counts more pressings than were read
   */
  public boolean truncated() {
    return total > releaseIds.size();
  }
}
