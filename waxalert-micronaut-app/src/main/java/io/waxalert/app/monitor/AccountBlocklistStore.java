package io.waxalert.app.monitor;

import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The entry store as the monitoring engine sees it: every entry it reads carries its owner's
 * account-wide blocked sellers in addition to its own, so a blocked seller is never alerted,
 * whichever entry. Writes go to the delegate unchanged (the merged list is never saved).
 */
public final class AccountBlocklistStore implements WantedEntryStore {

  private final WantedEntryStore delegate;
  private final UserStore users;

  public AccountBlocklistStore(WantedEntryStore delegate, UserStore users) {
    this.delegate = delegate;
    this.users = users;
  }

  /** The entries with their owners' blocked sellers merged in. */
  public List<WantedEntry> withAccountBlocklists(List<WantedEntry> entries) {
    Map<String, List<String>> blocked = new HashMap<>();
    return entries.stream().map(entry -> {
      List<String> sellers = blocked.computeIfAbsent(entry.ownerId(), owner ->
          users.findByUsername(owner).map(UserAccount::blockedSellers).orElse(List.of()));
      return sellers.isEmpty() ? entry : entry.withCriteria(entry.criteria().withBlockedSellers(sellers));
    }).toList();
  }

  @Override
  public void save(WantedEntry entry) {
    delegate.save(entry);
  }

  @Override
  public Optional<WantedEntry> find(UUID id) {
    return delegate.find(id).map(entry -> withAccountBlocklists(List.of(entry)).get(0));
  }

  @Override
  public List<WantedEntry> findByOwner(String ownerId) {
    return withAccountBlocklists(delegate.findByOwner(ownerId));
  }

  @Override
  public List<WantedEntry> findDue(Instant checkedBefore, int limit) {
    return withAccountBlocklists(delegate.findDue(checkedBefore, limit));
  }

  @Override
  public void recordCheck(UUID id, CheckState state) {
    delegate.recordCheck(id, state);
  }

  @Override
  public boolean delete(UUID id) {
    return delegate.delete(id);
  }
}
