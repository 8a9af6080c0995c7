package io.waxalert.app.alerts;

import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.OptionalInt;

/** The one-click unsubscribe: pauses what a genuine link names, one entry or every entry of a collector. */
@Singleton
class Unsubscribe {

  private final UnsubscribeTokens tokens;
  private final WantedEntryStore entries;
  private final UserStore users;

  Unsubscribe(UnsubscribeTokens tokens, WantedEntryStore entries, UserStore users) {
    this.tokens = tokens;
    this.entries = entries;
    this.users = users;
  }

  boolean isGenuine(String token) {
    return tokens.verify(token).isPresent();
  }

  /** The number of entries paused now; empty for a link that is not genuine. */
  OptionalInt pause(String token) {
    Optional<UnsubscribeTokens.Target> target = tokens.verify(token);
    if (target.isEmpty()) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(switch (target.get().scope()) {
      case ENTRY -> pause(entries.find(target.get().id()));
      case USER -> users.find(target.get().id()).map(user -> pauseAll(user.discogsUsername())).orElse(0);
      case OWNER -> pauseAll(target.get().subject());
    });
  }

  private int pauseAll(String ownerId) {
    return entries.findByOwner(ownerId).stream().mapToInt(entry -> pause(Optional.of(entry))).sum();
  }

  private int pause(Optional<WantedEntry> entry) {
    if (entry.isEmpty() || !entry.get().active()) {
      return 0;
    }
    entries.save(entry.get().withActive(false));
    return 1;
  }
}
