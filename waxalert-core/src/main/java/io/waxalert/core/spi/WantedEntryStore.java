package io.waxalert.core.spi;

import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The collectors' wanted entries. Implementations are thread-safe; every implementation passes the
 * core's {@code AbstractWantedEntryStoreContractTest}.
 */
public interface WantedEntryStore {

  /**
   * Inserts a new entry or replaces the one with the same id.
   *
   * @param entry the entry to keep
   * @throws DuplicateEntryException when the owner already has another entry for the same target
   */
  void save(WantedEntry entry);

  /**
   * The entry with this id.
   *
   * @param id the entry id
   * @return the entry, or empty when there is none
   */
  Optional<WantedEntry> find(UUID id);

  /**
   * The owner's entries, oldest first.
   *
   * @param ownerId the collector
   * @return the entries, empty for an unknown owner
   */
  List<WantedEntry> findByOwner(String ownerId);

  /**
   * Active entries never checked or last checked at or before {@code checkedBefore}, least recently
   * checked first.
   *
   * @param checkedBefore entries checked later than this are not yet due
   * @param limit the most entries to return
   * @return the due entries, at most {@code limit}
   */
  List<WantedEntry> findDue(Instant checkedBefore, int limit);

  /**
   * Records the outcome of a check; does nothing when the entry was deleted meanwhile.
   *
   * @param id the entry id
   * @param state the outcome
   */
  void recordCheck(UUID id, CheckState state);

  /**
   * Removes the entry; true when it existed.
   *
   * @param id the entry id
   * @return true when it existed
   */
  boolean delete(UUID id);
}
