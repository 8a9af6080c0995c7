package io.waxalert.core.entry;

import io.waxalert.core.Nullable;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ReleaseRef;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A release (or, for a master, every release of it) a collector wants, with the criteria a listing
 * must meet.
 *
 * @param id entry id
 * @param ownerId the collector
 * @param target what the collector named: a release or a master
 * @param releaseIds the releases watched: the release itself, or the master's releases
 * @param title "Artist – Title" as shown in lists and mails
 * @param currency the collector's currency for this entry: prices are fetched and shown in it
 * @param criteria what a listing must meet
 * @param active false while paused
 * @param lastCheck outcome of the last check, null before the first
 */
public record WantedEntry(
    UUID id,
    String ownerId,
    ReleaseRef target,
    List<Long> releaseIds,
    String title,
    Currency currency,
    AlertCriteria criteria,
    boolean active,
    @Nullable CheckState lastCheck) {

  /**
   * Validates the entry and copies the release ids.
   *
   * @param id entry id
   * @param ownerId the collector
   * @param target what the collector named: a release or a master
   * @param releaseIds the releases watched: the release itself, or the master's releases
   * @param title "Artist – Title" as shown in lists and mails
   * @param currency the collector's currency for this entry: prices are fetched and shown in it
   * @param criteria what a listing must meet
   * @param active false while paused
   * @param lastCheck outcome of the last check, null before the first
   * @throws NullPointerException if a component not marked nullable is null
   * @throws IllegalArgumentException if a release entry does not watch exactly its own release
   */
  public WantedEntry {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(ownerId, "ownerId");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(criteria, "criteria");
    releaseIds = List.copyOf(releaseIds);
    if (!target.isMaster() && !releaseIds.equals(List.of(target.id()))) {
      throw new IllegalArgumentException("a release entry watches exactly its own release");
    }
  }

  /**
   * A new, active, never-checked entry for one release.
   *
   * @param ownerId the collector
   * @param releaseId the Discogs release id
   * @param title "Artist – Title" as shown in lists and mails
   * @param currency the collector's currency for this entry
   * @param criteria what a listing must meet
   * @return the entry, with a random id
   */
  public static WantedEntry forRelease(
      String ownerId, long releaseId, String title, Currency currency, AlertCriteria criteria) {
    return new WantedEntry(UUID.randomUUID(), ownerId, ReleaseRef.release(releaseId),
        List.of(releaseId), title, currency, criteria, true, null);
  }

  /**
   * The status to show: {@link EntryStatus#MONITORING} before the first check.
   *
   * @return the last check's status, or {@link EntryStatus#MONITORING}
   */
  public EntryStatus status() {
    return lastCheck == null ? EntryStatus.MONITORING : lastCheck.status();
  }

  /**
   * This entry with other criteria; its last check is kept.
   *
   * @param newCriteria the criteria to apply from the next check
   * @return the changed copy
   */
  public WantedEntry withCriteria(AlertCriteria newCriteria) {
    return new WantedEntry(id, ownerId, target, releaseIds, title, currency, newCriteria, active, lastCheck);
  }

  /**
   * This entry paused or resumed.
   *
   * @param nowActive false to pause, true to resume
   * @return the changed copy
   */
  public WantedEntry withActive(boolean nowActive) {
    return new WantedEntry(id, ownerId, target, releaseIds, title, currency, criteria, nowActive, lastCheck);
  }

  /**
   * This entry with the outcome of a new check.
   *
   * @param state the outcome
   * @return the changed copy
   */
  public WantedEntry withLastCheck(CheckState state) {
    return new WantedEntry(id, ownerId, target, releaseIds, title, currency, criteria, active, state);
  }
}
