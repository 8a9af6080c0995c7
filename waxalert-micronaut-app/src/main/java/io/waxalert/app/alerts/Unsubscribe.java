package io.waxalert.app.alerts;

import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.spi.WantedEntryStore;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The one-click unsubscribe: says what a genuine link pauses, and pauses it. */
@Singleton
class Unsubscribe {

  /**
   * What a genuine link stops: one entry (its title), or every entry of a digest's recipient.
   *
   * @param title the entry's title; null for a digest's link
   * @param entryId the entry's id; null for a digest's link
   * @param entries the entries the link pauses (none when the entry was deleted)
   * @param active how many of them are active now
   */
  record What(String title, String entryId, List<WantedEntry> entries, long active) {
    boolean digest() {
      return entryId == null;
    }
  }

  private final UnsubscribeTokens tokens;
  private final WantedEntryStore entries;

  Unsubscribe(UnsubscribeTokens tokens, WantedEntryStore entries) {
    this.tokens = tokens;
    this.entries = entries;
  }

  /** What {@code token} stops; empty for a link that is not genuine or has expired. */
  Optional<What> describe(String token) {
    return tokens.verify(token).map(target -> switch (target.scope()) {
      case ENTRY -> {
        Optional<WantedEntry> entry = entries.find(target.id());
        yield new What(entry.map(WantedEntry::title).orElse(null), target.subject(),
            entry.stream().toList(), entry.filter(WantedEntry::active).isPresent() ? 1 : 0);
      }
      case OWNER -> {
        List<WantedEntry> all = entries.findByOwner(target.subject());
        yield new What(null, null, all, all.stream().filter(WantedEntry::active).count());
      }
    });
  }

  /** Pauses what {@code token} stops; answers what it was (with how many were active), empty when not genuine. */
  Optional<What> pause(String token) {
    Optional<What> what = describe(token);
    what.ifPresent(w -> w.entries().stream().filter(WantedEntry::active)
        .forEach(entry -> entries.save(entry.withActive(false))));
    return what;
  }
}
