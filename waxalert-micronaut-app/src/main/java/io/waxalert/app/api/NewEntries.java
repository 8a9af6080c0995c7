package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.settings.LimitsProperties;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.model.ReleaseRefParseException;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsNotFoundException;
import io.waxalert.discogs.MasterInfo;
import io.waxalert.discogs.MasterReleases;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.ReleaseMetadata;
import io.waxalert.persistence.StoredEntry;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * New entries: what the add route's body names, looked up on Discogs and checked completely before
 * anything is written, and saved with what Discogs says of the release (the import saves its own).
 */
@Singleton
public class NewEntries {

  static final int MAX_FORMAT_FILTER = 100;

  private final JdbcWantedEntryStore entries;
  private final DiscogsClient discogs;
  private final LimitsProperties limits;

  NewEntries(JdbcWantedEntryStore entries, DiscogsClient discogs, LimitsProperties limits) {
    this.entries = entries;
    this.discogs = discogs;
    this.limits = limits;
  }

  /**
   * A new entry ready to save, with what Discogs says about its release or master.
   *
   * @param versionsTotal a master's pressings in all (of its format filter), of which the entry
   *     watches at most {@code waxalert.limits.master-versions}; null for a release
   */
  record Draft(WantedEntry entry, ReleaseMetadata metadata, @Nullable Integer versionsTotal) {

    Draft(WantedEntry entry, ReleaseMetadata metadata) {
      this(entry, metadata, null);
    }
  }

  /** The entry the add route's body asks for; nothing is saved. */
  Draft draft(UserAccount owner, Body body) {
    String reference = body.string("release", 500);
    if (reference == null) {
      throw ApiException.badRequest("release", "is missing: paste a Discogs release or master link, [r123],"
          + " [m456] or a release number");
    }
    ReleaseRef ref;
    try {
      ref = ReleaseRef.parse(reference);
    } catch (ReleaseRefParseException e) {
      throw ApiException.badRequest("release", "is not one WaxAlert can read: paste a Discogs release or master"
          + " link (…/release/123 or …/master/456), [r123], [m456] or a release number");
    }
    String formatFilter = body.string("format_filter", MAX_FORMAT_FILTER);
    if (formatFilter != null && !ref.isMaster()) {
      throw ApiException.badRequest("format_filter", "narrows the pressings of a master; a single release has"
          + " only its own format");
    }
    Criteria.Result criteria = Criteria.apply(body, AlertCriteria.none(), owner.currency());
    Boolean active = body.bool("is_active");
    // a duplicate is refused once the body is checked and before Discogs is asked: it spends no request
    if (entries.hasLive(owner, ref)) {
      throw new DuplicateEntryException(ref + " is already on the wanted list");
    }
    try {
      return ref.isMaster() ? masterDraft(owner, ref.id(), formatFilter, criteria, active == null || active)
          : releaseDraft(owner, ref.id(), criteria, active == null || active);
    } catch (DiscogsNotFoundException e) {
      throw new ApiException(HttpStatus.NOT_FOUND, "Discogs has no " + (ref.isMaster() ? "master " : "release ")
          + ref.id() + "; check the link or number.", "release");
    }
  }

  private Draft masterDraft(UserAccount owner, long masterId, @Nullable String formatFilter, Criteria.Result criteria,
      boolean active) {
    MasterInfo master = discogs.master(masterId);
    MasterReleases versions = discogs.masterReleases(masterId, formatFilter, limits.masterVersions());
    List<Long> releaseIds = versions.releaseIds();
    if (releaseIds.isEmpty()) {
      throw formatFilter == null
          ? ApiException.badRequest("release", "names master " + masterId + ", which has no release on Discogs")
          : ApiException.badRequest("format_filter", "matches no release of master " + masterId
              + "; try another format, or none for every pressing");
    }
    String artists = String.join(", ", master.artists());
    WantedEntry entry = new WantedEntry(UUID.randomUUID(), owner.discogsUsername(), ReleaseRef.master(masterId),
        releaseIds, title(artists, master.title()), criteria.currency(), criteria.criteria(), active, null);
    return new Draft(entry, new ReleaseMetadata(master.title(), artists, master.year(), null, master.coverImageUrl(),
        formatFilter, null), versions.total());
  }

  private Draft releaseDraft(UserAccount owner, long releaseId, Criteria.Result criteria, boolean active) {
    ReleaseInfo release = discogs.release(releaseId);
    WantedEntry entry = new WantedEntry(UUID.randomUUID(), owner.discogsUsername(), ReleaseRef.release(releaseId),
        List.of(releaseId), title(release.artistLine(), release.title()), criteria.currency(), criteria.criteria(),
        active, null);
    return new Draft(entry, metadata(release));
  }

  /** The entry of a wantlist release, with the wantlist's own release details. */
  static Draft ofWant(UserAccount owner, ReleaseInfo release, Currency currency, AlertCriteria criteria,
      boolean active) {
    WantedEntry entry = WantedEntry.forRelease(owner.discogsUsername(), release.releaseId(),
        title(release.artistLine(), release.title()), currency, criteria).withActive(active);
    return new Draft(entry, metadata(release));
  }

  private static ReleaseMetadata metadata(ReleaseInfo release) {
    return new ReleaseMetadata(release.title(), release.artistLine(), release.year(),
        ReleaseFormat.oneLine(release.formats()), release.coverImageUrl(), null, release.catalogNumberLine());
  }

  /**
   * Saves a new entry with its metadata in one insert; {@link DuplicateEntryException} when already
   * listed.
   *
   * @return the entry as stored
   */
  @Transactional
  public StoredEntry save(UserAccount owner, Draft draft) {
    return entries.add(owner, draft.entry(), draft.metadata());
  }

  static String title(@Nullable String artists, String title) {
    return artists == null || artists.isBlank() ? title : artists + " – " + Objects.requireNonNull(title);
  }
}
