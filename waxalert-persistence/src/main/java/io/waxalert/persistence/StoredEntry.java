package io.waxalert.persistence;

import io.waxalert.core.entry.WantedEntry;
import java.time.Instant;
import java.util.Objects;

/**
 * A wanted entry as the service shows it: the core's entry, what Discogs said of its release, and
 * when the row was created and last changed (a check counts as a change).
 *
 * @param entry the core's wanted entry
 * @param metadata what Discogs said of its release; {@link ReleaseMetadata#none()} until saved
 * @param createdAt when the entry was added
 * @param updatedAt when the row last changed, a check included
 */
public record StoredEntry(WantedEntry entry, ReleaseMetadata metadata, Instant createdAt, Instant updatedAt) {

  /**
   * Validates the entry.
   *
   * @param entry the core's wanted entry
   * @param metadata what Discogs said of its release; {@link ReleaseMetadata#none()} until saved
   * @param createdAt when the entry was added
   * @param updatedAt when the row last changed, a check included
   * @throws NullPointerException if a component is null
   */
  public StoredEntry {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
