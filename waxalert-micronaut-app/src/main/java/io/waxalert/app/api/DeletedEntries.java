package io.waxalert.app.api;

import io.micronaut.scheduling.annotation.Scheduled;
import io.waxalert.persistence.JdbcWantedEntryStore;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deleted entries are kept restorable for {@link #UNDO_WINDOW} (hidden everywhere meanwhile, never
 * checked); this job then removes them for good with their alert history, on every instance (the
 * delete is idempotent).
 */
@Singleton
class DeletedEntries {

  /** How long "Undo" can bring a deleted entry back with its history. */
  static final Duration UNDO_WINDOW = Duration.ofMinutes(10);

  private static final Logger LOG = LoggerFactory.getLogger(DeletedEntries.class);

  private final JdbcWantedEntryStore entries;
  private final Clock clock;

  DeletedEntries(JdbcWantedEntryStore entries, Clock clock) {
    this.entries = entries;
    this.clock = clock;
  }

  @Scheduled(fixedDelay = "1m", initialDelay = "1m")
  void purge() {
    int purged = entries.purgeDeleted(clock.instant().minus(UNDO_WINDOW));
    if (purged > 0) {
      LOG.info("removed {} deleted wanted-list entries with their alert history", purged);
    }
  }
}
