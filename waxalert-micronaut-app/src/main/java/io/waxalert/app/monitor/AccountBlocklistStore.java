package io.waxalert.app.monitor;

import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The entry store as the monitoring engine sees it: every entry it reads carries its owner's
 * account-wide blocked sellers in addition to its own, so a blocked seller is never alerted,
 * whichever entry, and the owner's country as the buyer's, so a listing unavailable there is never
 * alerted. Writes go to the delegate unchanged (the merged criteria are never saved).
 */
public final class AccountBlocklistStore implements WantedEntryStore {

  private final WantedEntryStore delegate;
  private final UserStore users;

  public AccountBlocklistStore(WantedEntryStore delegate, UserStore users) {
    this.delegate = delegate;
    this.users = users;
  }

  /** The entries with their owners' blocked sellers and country merged in. */
  public List<WantedEntry> withAccountBlocklists(List<WantedEntry> entries) {
    // the owners in one query (a release's entries belong to many collectors)
    Map<String, UserAccount> owners = entries.size() == 1
        ? users.findByUsername(entries.get(0).ownerId()).map(u -> Map.of(u.discogsUsername(), u)).orElse(Map.of())
        : users.findByUsernames(entries.stream().map(WantedEntry::ownerId).collect(Collectors.toSet()));
    return entries.stream().map(entry -> Optional.ofNullable(owners.get(entry.ownerId()))
        .map(owner -> entry.withCriteria(entry.criteria().withBlockedSellers(owner.blockedSellers())
            .withBuyerCountry(owner.country())))
        .orElse(entry)).toList();
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
