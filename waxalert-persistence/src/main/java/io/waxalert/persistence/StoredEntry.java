package io.waxalert.persistence;

import io.waxalert.core.entry.WantedEntry;
import java.time.Instant;
import java.util.Objects;

/**
 * A wanted entry as the service shows it: the core's entry, what Discogs said of its release, and
 * when the row was created and last changed (a check counts as a change).
 */
public record StoredEntry(WantedEntry entry, ReleaseMetadata metadata, Instant createdAt, Instant updatedAt) {

  public StoredEntry {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(createdAt, "createdAt");
    Objects.requireNonNull(updatedAt, "updatedAt");
  }
}
