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

  /** A new, active, never-checked entry for one release. */
  public static WantedEntry forRelease(
      String ownerId, long releaseId, String title, Currency currency, AlertCriteria criteria) {
    return new WantedEntry(UUID.randomUUID(), ownerId, ReleaseRef.release(releaseId),
        List.of(releaseId), title, currency, criteria, true, null);
  }

  /** The status to show: {@link EntryStatus#MONITORING} before the first check. */
  public EntryStatus status() {
    return lastCheck == null ? EntryStatus.MONITORING : lastCheck.status();
  }

  public WantedEntry withCriteria(AlertCriteria newCriteria) {
    return new WantedEntry(id, ownerId, target, releaseIds, title, currency, newCriteria, active, lastCheck);
  }

  public WantedEntry withActive(boolean nowActive) {
    return new WantedEntry(id, ownerId, target, releaseIds, title, currency, criteria, nowActive, lastCheck);
  }

  public WantedEntry withLastCheck(CheckState state) {
    return new WantedEntry(id, ownerId, target, releaseIds, title, currency, criteria, active, state);
  }
}
