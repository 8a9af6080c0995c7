package io.waxalert.persistence;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.spi.WantedEntryStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The real store, with the one step the service does before a user's first entry: signing the
 * user in (creating the account). The core's contract tests invent owner ids; this makes each of
 * them a user. Everything else goes straight to {@link JdbcWantedEntryStore}.
 */
final class ProvisioningEntryStore implements WantedEntryStore {

  private final JdbcWantedEntryStore store;
  private final UserStore users;

  ProvisioningEntryStore(ApplicationContext context) {
    this.store = context.getBean(JdbcWantedEntryStore.class);
    this.users = context.getBean(UserStore.class);
  }

  /** The owner as a user, created on first use. */
  static UserAccount ensureUser(UserStore users, String ownerId) {
    return users.findByUsername(ownerId)
        .orElseGet(() -> users.create(ownerId, ownerId + "@example.org", Currency.EUR));
  }

  @Override
  public void save(WantedEntry entry) {
    ensureUser(users, entry.ownerId());
    store.save(entry);
  }

  @Override
  public Optional<WantedEntry> find(UUID id) {
    return store.find(id);
  }

  @Override
  public List<WantedEntry> findByOwner(String ownerId) {
    return store.findByOwner(ownerId);
  }

  @Override
  public List<WantedEntry> findDue(Instant checkedBefore, int limit) {
    return store.findDue(checkedBefore, limit);
  }

  @Override
  public void recordCheck(UUID id, CheckState state) {
    store.recordCheck(id, state);
  }

  @Override
  public boolean delete(UUID id) {
    return store.delete(id);
  }
}
