package io.waxalert.app.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.waxalert.app.auth.SignInService;
import io.waxalert.app.http.ApiException;
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
 * skipped.
 */
@Singleton
class WantlistImport {

  /**
   * The import's answer.
   *
   * @param imported entries added
   * @param skipped wants already on the list (or not importable)
   * @param paused whether the imported entries are paused
   */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Result(int imported, int skipped, boolean paused) {}

  private final JdbcWantedEntryStore entries;
  private final NewEntries newEntries;
  private final DiscogsClient discogs;
  private final SignInService signIn;

  WantlistImport(JdbcWantedEntryStore entries, NewEntries newEntries, DiscogsClient discogs, SignInService signIn) {
    this.entries = entries;
    this.newEntries = newEntries;
    this.discogs = discogs;
    this.signIn = signIn;
  }

  Result run(UserAccount owner, Body body) {
    Criteria.Result defaults = Criteria.apply(body, AlertCriteria.none(), owner.currency());
    Boolean paused = body.bool("paused");
    boolean importPaused = paused != null ? paused : !Criteria.setsAny(body);
    DiscogsCredentials credentials = signIn.credentials(owner).orElseThrow(() ->
        new ApiException(HttpStatus.UNAUTHORIZED, "WaxAlert has no Discogs sign-in for you any more; sign in again.",
            null));
    List<WantlistItem> wants;
    try (Stream<WantlistItem> stream = discogs.as(credentials).wantlist(owner.discogsUsername())) {
      wants = stream.toList();
    }
    return add(owner, wants, defaults, !importPaused);
  }

  private Result add(UserAccount owner, List<WantlistItem> wants, Criteria.Result defaults, boolean active) {
    Set<Long> listed = new HashSet<>();
    for (WantedEntry entry : entries.findByOwner(owner.discogsUsername())) {
      if (!entry.target().isMaster()) {
        listed.add(entry.target().id());
      }
    }
    int imported = 0;
    int skipped = 0;
    for (WantlistItem want : wants) {
      if (want.releaseId() <= 0 || !listed.add(want.releaseId())) {
        skipped++;
        continue;
      }
      try {
        newEntries.save(NewEntries.ofWant(owner, want.release(), defaults.currency(), defaults.criteria(), active));
        imported++;
      } catch (DuplicateEntryException e) {
        skipped++;
      }
    }
    return new Result(imported, skipped, !active);
  }
}
