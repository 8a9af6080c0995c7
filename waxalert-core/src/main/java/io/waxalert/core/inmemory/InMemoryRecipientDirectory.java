package io.waxalert.core.inmemory;

import io.waxalert.core.entry.Recipient;
import io.waxalert.core.spi.RecipientDirectory;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link RecipientDirectory} over recipients put into it. Thread-safe. */
public final class InMemoryRecipientDirectory implements RecipientDirectory {

  private final Map<String, Recipient> byOwner = new ConcurrentHashMap<>();

  /**
   * Adds the recipient, or replaces the one with the same owner id.
   *
   * @param recipient the recipient
   * @return this directory, for chaining
   */
  public InMemoryRecipientDirectory put(Recipient recipient) {
    byOwner.put(recipient.ownerId(), recipient);
    return this;
  }

  @Override
  public Optional<Recipient> find(String ownerId) {
    return Optional.ofNullable(byOwner.get(ownerId));
  }
}
