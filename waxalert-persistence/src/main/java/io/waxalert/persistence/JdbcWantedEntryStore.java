package io.waxalert.persistence;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Money;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.EntryEntity;
import io.waxalert.persistence.internal.EntryMapper;
import io.waxalert.persistence.internal.EntryRepository;
import io.waxalert.persistence.internal.OwnerNames;
import jakarta.inject.Singleton;
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
 */
@Singleton
public class JdbcWantedEntryStore implements WantedEntryStore {

  private final EntryRepository entries;
  private final OwnerNames owners;
  private final Clock clock;

  JdbcWantedEntryStore(EntryRepository entries, OwnerNames owners, @Nullable Clock clock) {
    this.entries = entries;
    this.owners = owners;
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
    try {
      if (existing.isPresent()) {
        entries.update(row);
      } else {
        entries.save(row);
      }
    } catch (RuntimeException e) {
      if (Columns.isUniqueViolation(e)) {
        throw new DuplicateEntryException(entry.target() + " is already on the wanted list");
      }
      throw e;
    }
  }

  @Override
  public Optional<WantedEntry> find(UUID id) {
    return entries.findById(id).flatMap(row -> toEntries(List.of(row)).stream().findFirst());
  }

  @Override
  public List<WantedEntry> findByOwner(String ownerId) {
    return owners.userId(ownerId)
        .map(userId -> entries.findByUserIdOrderByCreatedAtAsc(userId).stream()
            .map(row -> EntryMapper.toEntry(row, ownerId))
            .toList())
        .orElse(List.of());
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
        state.numForSale(), state.message(), now());
  }

  /** {@inheritDoc} Its notifications go with it (ON DELETE CASCADE). */
  @Override
  public boolean delete(UUID id) {
    return entries.deleteEntry(id) > 0;
  }

  /**
   * How many entries are being monitored (not paused), of all users.
   *
   * @return the number of active entries
   */
  public long countActive() {
    return entries.countByActive(true);
  }

  /** Every active entry of every user, with its times: the budget planner's demand. */
  public List<StoredEntry> findActiveStored() {
    List<EntryEntity> rows = entries.findByActive(true);
    Map<UUID, String> ownerIds = owners.ownerIds(rows.stream().map(EntryEntity::userId).collect(Collectors.toSet()));
    return rows.stream().filter(row -> ownerIds.containsKey(row.userId()))
        .map(row -> toStored(row, ownerIds.get(row.userId()))).toList();
  }

  /** The active entries watching the release (a master entry's releases included), of every user. */
  public List<WantedEntry> findActiveWatching(long releaseId) {
    return toEntries(entries.findActiveWatching(releaseId, "%," + releaseId + ",%"));
  }

  /** How many entries (active or paused) the owner has. */
  public long countByOwner(String ownerId) {
    return owners.userId(ownerId).map(entries::countByUserId).orElse(0L);
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
        metadata.formatFilter(), now()) > 0;
  }

  /**
   * The entry with its release metadata ({@link ReleaseMetadata#none()} until saved) and times.
   *
   * @param entryId the wanted entry
   * @return the entry, or empty when it does not exist
   */
  public Optional<StoredEntry> findStored(UUID entryId) {
    return entries.findById(entryId).flatMap(row -> owners.ownerIds(Set.of(row.userId()))
        .entrySet().stream().findFirst().map(owner -> toStored(row, owner.getValue())));
  }

  /**
   * The owner's entries with their metadata and times, oldest first, read in one query.
   *
   * @param ownerId the owner's Discogs username
   * @return the entries, empty for an unknown owner
   */
  public List<StoredEntry> findStoredByOwner(String ownerId) {
    return owners.userId(ownerId)
        .map(userId -> entries.findByUserIdOrderByCreatedAtAsc(userId).stream()
            .map(row -> toStored(row, ownerId))
            .toList())
        .orElse(List.of());
  }

  private static StoredEntry toStored(EntryEntity row, String ownerId) {
    return new StoredEntry(EntryMapper.toEntry(row, ownerId),
        new ReleaseMetadata(row.releaseTitle(), row.artistName(), row.releaseYear(), row.releaseFormat(),
            row.coverImageUrl(), row.formatFilter()),
        row.createdAt(), row.updatedAt());
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
