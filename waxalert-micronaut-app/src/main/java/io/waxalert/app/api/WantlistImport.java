package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.waxalert.app.auth.SignInService;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.monitor.BudgetOwner;
import io.waxalert.app.settings.LimitsProperties;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsCredentials;
import io.waxalert.discogs.WantlistItem;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Imports the owner's Discogs wantlist without flooding their inbox: the body's criteria fields
 * (those of add) become every imported entry's criteria, and {@code "paused": true} imports them
 * paused; with neither, they are imported paused, so nothing is checked before the collector has
 * said what they want. Read with the owner's stored credentials; releases already on the list are
 * skipped. Reading stops where the list is full ({@code waxalert.limits.entries-per-user}), and the
 * answer says so.
 */
@Singleton
class WantlistImport {

  /**
   * The import's answer.
   *
   * @param imported entries added
   * @param skipped wants already on the list (or not importable)
   * @param paused whether the imported entries are paused
   * @param limitReached true when the list filled up and the rest of the wantlist was left out
   * @param message what happened when the limit was reached; null otherwise
   */
  @Serdeable(naming = io.micronaut.serde.config.naming.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Result(int imported, int skipped, boolean paused, boolean limitReached, @Nullable String message) {}

  private final JdbcWantedEntryStore entries;
  private final NewEntries newEntries;
  private final DiscogsClient discogs;
  private final SignInService signIn;
  private final LimitsProperties limits;

  WantlistImport(JdbcWantedEntryStore entries, NewEntries newEntries, DiscogsClient discogs, SignInService signIn,
      LimitsProperties limits) {
    this.entries = entries;
    this.newEntries = newEntries;
    this.discogs = discogs;
    this.signIn = signIn;
    this.limits = limits;
  }

  Result run(UserAccount owner, Body body) {
    Criteria.Result defaults = Criteria.apply(body, AlertCriteria.none(), owner.currency());
    Boolean paused = body.bool("paused");
    boolean importPaused = paused != null ? paused : !Criteria.setsAny(body);
    DiscogsCredentials credentials = signIn.credentials(owner).orElseThrow(() ->
        new ApiException(HttpStatus.UNAUTHORIZED, "WaxAlert has no Discogs sign-in for you any more; sign in again.",
            null));
    long listedNow = entries.countByOwner(owner.discogsUsername());
    long room = Math.max(0, limits.entriesPerUser() - listedNow);
    // reading stops where the list would be full (plus what may turn out to be listed already)
    List<WantlistItem> wants = BudgetOwner.as(owner.discogsUsername(), () -> {
      try (Stream<WantlistItem> stream = discogs.as(credentials).wantlist(owner.discogsUsername())) {
        return stream.limit(room + listedNow + 1).toList();
      }
    });
    return add(owner, wants, defaults, !importPaused, room);
  }

  private Result add(UserAccount owner, List<WantlistItem> wants, Criteria.Result defaults, boolean active,
      long room) {
    Set<Long> listed = new HashSet<>();
    for (WantedEntry entry : entries.findByOwner(owner.discogsUsername())) {
      if (!entry.target().isMaster()) {
        listed.add(entry.target().id());
      }
    }
    int imported = 0;
    int skipped = 0;
    for (WantlistItem want : wants) {
      if (want.releaseId() <= 0 || listed.contains(want.releaseId())) {
        skipped++;
        continue;
      }
      if (imported >= room) {
        return new Result(imported, skipped, !active, true, "Imported " + imported + "; your wanted list is full at "
            + limits.entriesPerUser() + " entries (waxalert.limits.entries-per-user), so the rest of your wantlist"
            + " was not imported.");
      }
      listed.add(want.releaseId());
      try {
        newEntries.save(owner, NewEntries.ofWant(owner, want.release(), defaults.currency(), defaults.criteria(), active));
        imported++;
      } catch (DuplicateEntryException e) {
        skipped++;
      }
    }
    return new Result(imported, skipped, !active, false, null);
  }
}
