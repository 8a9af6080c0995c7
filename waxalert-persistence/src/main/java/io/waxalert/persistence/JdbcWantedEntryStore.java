package io.waxalert.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.EntryEntity;
import io.waxalert.persistence.internal.EntryMapper;
import io.waxalert.persistence.internal.EntryRepository;
import io.waxalert.persistence.internal.EntryRows;
import io.waxalert.persistence.internal.OwnerNames;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * {@link WantedEntryStore} on the {@code wanted_list_entries} table. Thread-safe.
 *
 * <p>An entry's {@code ownerId} is its owner's Discogs username; the user must exist in
 * {@link UserStore} before their entries are saved. A second entry of one owner for the same release
 * (or master) is refused by the database's unique constraints and reported as
 * {@link DuplicateEntryException}, also when two saves race.
 *
 * <p>Deleting through the service is a {@link #softDelete}: the row stays, hidden from every read of
 * this store, restorable until purged.
 */
@Singleton
public class JdbcWantedEntryStore implements WantedEntryStore {

  private final EntryRepository entries;
  private final OwnerNames owners;
  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  JdbcWantedEntryStore(EntryRepository entries, OwnerNames owners, TransactionOperations<Connection> transactions,
      @Nullable Clock clock) {
    this.entries = entries;
    this.owners = owners;
    this.transactions = transactions;
    this.clock = clock == null ? Clock.systemUTC() : clock;
  }

  /**
   * {@inheritDoc}
   *
   * <p>Replacing keeps the entry's {@link ReleaseMetadata} and creation time.
   *
   * @throws IllegalArgumentException when no user has the entry's owner id as Discogs username
   */
  @Override
  public void save(WantedEntry entry) {
    UUID userId = owners.userId(entry.ownerId()).orElseThrow(() ->
        new IllegalArgumentException("no user with Discogs username '" + entry.ownerId() + "'"));
    Optional<EntryEntity> existing = entries.findById(entry.id());
    EntryEntity row = EntryMapper.toEntity(entry, userId, existing.orElse(null), now());
    refusingDuplicates(entry, () -> {
      if (existing.isPresent()) {
        entries.update(row);
      } else {
        entries.purgeDeletedTarget(userId, row.discogsReleaseId(), row.discogsMasterId());
        entries.save(row);
      }
    });
  }

  /**
   * Saves a new entry with what Discogs says of its release in one insert (after purging a deleted
   * entry of the owner for the same target), and answers it as stored, without reading it back.
   *
   * @param owner the user the entry is of
   * @param entry the new entry
   * @param metadata what Discogs says of its release, stored beside it
   * @return the entry as stored
   * @throws DuplicateEntryException when the owner has a live entry for the same release or master
   * @throws IllegalArgumentException when the entry is not of {@code owner}
   */
  public StoredEntry add(UserAccount owner, WantedEntry entry, ReleaseMetadata metadata) {
    if (!entry.ownerId().equals(owner.discogsUsername())) {
      throw new IllegalArgumentException("entry of '" + entry.ownerId() + "' added for '" + owner.discogsUsername() + "'");
    }
    UUID userId = owner.id();
    Instant now = now();
    EntryEntity row = EntryMapper.toEntity(entry, userId, metadata, null, now, now);
    refusingDuplicates(entry, () -> {
      entries.purgeDeletedTarget(userId, row.discogsReleaseId(), row.discogsMasterId());
      entries.save(row);
    });
    return toStored(row, entry.ownerId());
  }

  private static void refusingDuplicates(WantedEntry entry, Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      if (Columns.isUniqueViolation(e)) {
        throw new DuplicateEntryException(entry.target() + " is already on the wanted list");
      }
      throw e;
    }
  }

  @Override
  public Optional<WantedEntry> find(UUID id) {
    return transactions.executeRead(status -> EntryRows.byId(status.getConnection(), id))
        .map(owned -> EntryMapper.toEntry(owned.row(), owned.ownerId()));
  }

  @Override
  public List<WantedEntry> findByOwner(String ownerId) {
    return transactions.executeRead(status -> EntryRows.ofOwner(status.getConnection(), ownerId, 0, null, false))
        .stream().map(row -> EntryMapper.toEntry(row, ownerId)).toList();
  }

  @Override
  public List<WantedEntry> findDue(Instant checkedBefore, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    return toEntries(entries.findDue(Columns.instant(checkedBefore), limit));
  }

  @Override
  public void recordCheck(UUID id, CheckState state) {
    Money lowest = state.lowestPrice();
    entries.recordCheck(id, state.status().wireName(), Columns.instant(state.checkedAt()),
        lowest == null ? null : Columns.cents(lowest.amount()),
        lowest == null ? null : lowest.currency().name(),
        state.numForSale(), state.message(), Columns.nullableInstant(state.marketFetchedAt()), now());
  }

  /** {@inheritDoc} At once and for good, deleted or not; its notifications go with it (ON DELETE CASCADE). */
  @Override
  public boolean delete(UUID id) {
    return entries.deleteEntry(id) > 0;
  }

  /**
   * Deletes the entry so that it can be restored: from now on no read finds it, it is never checked,
   * no alert is recorded for it and its pending deliveries wait, until {@link #restore} brings it
   * back or {@link #purgeDeleted} removes it with its notifications. Adding the same release again
   * meanwhile purges it. False when there is no such live entry.
   *
   * @param id the entry
   * @return true when a live entry was deleted
   */
  public boolean softDelete(UUID id) {
    return entries.markDeleted(id, now()) > 0;
  }

  /**
   * The entry deleted with {@link #softDelete} and not yet purged, as it was; empty otherwise.
   *
   * @param id the entry
   * @return the deleted entry, or empty
   */
  public Optional<StoredEntry> findDeleted(UUID id) {
    return entries.findById(id).filter(row -> row.deletedAt() != null).flatMap(row ->
        owners.ownerIds(Set.of(row.userId())).values().stream().findFirst().map(owner -> toStored(row, owner)));
  }

  /**
   * Brings back an entry deleted after {@code deletedAfter}, with its history; false when there is
   * none.
   *
   * @param id the entry
   * @param deletedAfter the earliest deletion time that may still be undone
   * @return true when the entry was restored
   */
  public boolean restore(UUID id, Instant deletedAfter) {
    return entries.unmarkDeleted(id, Columns.instant(deletedAfter), now()) > 0;
  }

  /**
   * Removes for good the entries deleted at or before {@code deletedBefore}, with their
   * notifications.
   *
   * @param deletedBefore the latest deletion time to purge
   * @return how many entries were removed
   */
  public int purgeDeleted(Instant deletedBefore) {
    return entries.purgeDeleted(Columns.instant(deletedBefore));
  }

  /**
   * How many entries are being monitored (not paused), of all users.
   *
   * @return the number of active entries
   */
  public long countActive() {
    return entries.countByActiveAndDeletedAtIsNull(true);
  }

  /**
   * Every active entry of every user, with its times: the budget planner's demand.
   *
   * @return the active entries
   */
  public List<StoredEntry> findActiveStored() {
    return transactions.executeRead(status -> EntryRows.active(status.getConnection())).stream()
        .map(owned -> toStored(owned.row(), owned.ownerId())).toList();
  }

  /**
   * The active entries watching the release (a master entry's releases included), of every user.
   *
   * @param releaseId the release
   * @return the entries watching it
   */
  public List<WantedEntry> findActiveWatching(long releaseId) {
    return transactions.executeRead(status -> EntryRows.activeWatching(status.getConnection(), releaseId)).stream()
        .map(owned -> EntryMapper.toEntry(owned.row(), owned.ownerId())).toList();
  }

  /**
   * How many entries (active or paused) the owner has.
   *
   * @param ownerId the owner's Discogs username
   * @return the number of entries
   */
  public long countByOwner(String ownerId) {
    return owners.userId(ownerId).map(entries::countByUserId).orElse(0L);
  }

  /**
   * How many entries (active or paused) the user has; no look-up of the user by name.
   *
   * @param owner the user
   * @return the number of entries
   */
  public long countOf(UserAccount owner) {
    return entries.countByUserId(owner.id());
  }

  /**
   * Whether the user has a live (not deleted) entry of this release or master: an add of it can be
   * refused before Discogs is asked about it.
   *
   * @param owner the user
   * @param target the release or master
   * @return true when it is on the user's list
   */
  public boolean hasLive(UserAccount owner, ReleaseRef target) {
    return target.isMaster() ? entries.existsByUserIdAndDiscogsMasterIdAndDeletedAtIsNull(owner.id(), target.id())
        : entries.existsByUserIdAndDiscogsReleaseIdAndDeletedAtIsNull(owner.id(), target.id());
  }

  /**
   * Stores what Discogs says about the entry's release; false when the entry does not exist.
   *
   * @param entryId the wanted entry
   * @param metadata what Discogs said; replaces what was stored
   * @return true when the entry exists
   */
  public boolean saveMetadata(UUID entryId, ReleaseMetadata metadata) {
    return entries.updateMetadata(entryId, metadata.releaseTitle(), metadata.artistName(),
        metadata.releaseYear(), metadata.releaseFormat(), metadata.coverImageUrl(),
        metadata.catalogNumber(), metadata.formatFilter(), now()) > 0;
  }

  /**
   * The entry with its release metadata ({@link ReleaseMetadata#none()} until saved) and times.
   *
   * @param entryId the wanted entry
   * @return the entry, or empty when it does not exist
   */
  public Optional<StoredEntry> findStored(UUID entryId) {
    return transactions.executeRead(status -> EntryRows.byId(status.getConnection(), entryId))
        .map(owned -> toStored(owned.row(), owned.ownerId()));
  }

  /**
   * The owner's entries with their metadata and times, oldest first, read in one query.
   *
   * @param ownerId the owner's Discogs username
   * @return the entries, empty for an unknown owner
   */
  public List<StoredEntry> findStoredByOwner(String ownerId) {
    return findStoredByOwner(ownerId, 0, null, false).entries();
  }

  /**
   * One page of the owner's entries by creation time (ties by id, so pages never overlap), with how
   * many the owner has in all. Read by column position in one read transaction: one query for the
   * page, and a count only when the page may not be the whole list.
   *
   * @param ownerId the owner's Discogs username
   * @param offset how many entries to skip, at least 0
   * @param limit the most entries to answer, at least 1; null for all after {@code offset}
   * @param newestFirst newest first instead of oldest first
   * @return the page and the total, empty with total 0 for an unknown owner
   */
  public StoredPage findStoredByOwner(String ownerId, int offset, @Nullable Integer limit, boolean newestFirst) {
    if (offset < 0 || limit != null && limit < 1) {
      throw new IllegalArgumentException("offset must be >= 0 and limit >= 1: " + offset + ", " + limit);
    }
    return transactions.executeRead(status -> {
      Connection c = status.getConnection();
      List<StoredEntry> found = EntryRows.ofOwner(c, ownerId, offset, limit, newestFirst).stream()
          .map(row -> toStored(row, ownerId)).toList();
      boolean whole = offset == 0 && (limit == null || found.size() < limit);
      return new StoredPage(found, whole ? found.size() : EntryRows.countOfOwner(c, ownerId));
    });
  }

  private static StoredEntry toStored(EntryEntity row, String ownerId) {
    return new StoredEntry(EntryMapper.toEntry(row, ownerId), EntryMapper.metadata(row), row.createdAt(),
        row.updatedAt());
  }

  private List<WantedEntry> toEntries(List<EntryEntity> rows) {
    Map<UUID, String> ownerIds = owners.ownerIds(
        rows.stream().map(EntryEntity::userId).collect(Collectors.toSet()));
    return rows.stream()
        .filter(row -> ownerIds.containsKey(row.userId()))
        .map(row -> EntryMapper.toEntry(row, ownerIds.get(row.userId())))
        .toList();
  }

  private Instant now() {
    return Columns.instant(clock.instant());
  }
}
