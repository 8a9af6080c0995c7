package io.waxalert.core.inmemory;

import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.core.spi.WantedEntryStore;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** A {@link WantedEntryStore} in a map, for embedders without a database and for tests. Thread-safe. */
public final class InMemoryWantedEntryStore implements WantedEntryStore {

  private static final Comparator<WantedEntry> LEAST_RECENTLY_CHECKED = Comparator.comparing(
      (WantedEntry e) -> e.lastCheck() == null ? Instant.MIN : e.lastCheck().checkedAt());

  private final Map<UUID, WantedEntry> entries = new LinkedHashMap<>();
  /** The uniqueness rule: one entry per owner and target. */
  private final Map<OwnerTarget, UUID> idsByTarget = new HashMap<>();

  private record OwnerTarget(String ownerId, ReleaseRef target) {
    static OwnerTarget of(WantedEntry entry) {
      return new OwnerTarget(entry.ownerId(), entry.target());
    }
  }

  @Override
  public synchronized void save(WantedEntry entry) {
    UUID holder = idsByTarget.get(OwnerTarget.of(entry));
    if (holder != null && !holder.equals(entry.id())) {
      throw new DuplicateEntryException(entry.target() + " is already on the wanted list");
    }
    WantedEntry previous = entries.put(entry.id(), entry);
    if (previous != null) {
      idsByTarget.remove(OwnerTarget.of(previous));
    }
    idsByTarget.put(OwnerTarget.of(entry), entry.id());
  }

  @Override
  public synchronized Optional<WantedEntry> find(UUID id) {
    return Optional.ofNullable(entries.get(id));
  }

  @Override
  public synchronized List<WantedEntry> findByOwner(String ownerId) {
    return entries.values().stream().filter(e -> e.ownerId().equals(ownerId)).toList();
  }

  @Override
  public synchronized List<WantedEntry> findDue(Instant checkedBefore, int limit) {
    return entries.values().stream()
        .filter(WantedEntry::active)
        .filter(e -> e.lastCheck() == null || !e.lastCheck().checkedAt().isAfter(checkedBefore))
        .sorted(LEAST_RECENTLY_CHECKED)
        .limit(limit)
        .toList();
  }

  @Override
  public synchronized void recordCheck(UUID id, CheckState state) {
    entries.computeIfPresent(id, (key, entry) -> entry.withLastCheck(state));
  }

  @Override
  public synchronized boolean delete(UUID id) {
    WantedEntry removed = entries.remove(id);
    if (removed != null) {
      idsByTarget.remove(OwnerTarget.of(removed));
    }
    return removed != null;
  }
}
