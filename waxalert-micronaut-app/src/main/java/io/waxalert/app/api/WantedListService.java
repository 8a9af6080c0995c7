package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.waxalert.app.auth.SignInService;
import io.waxalert.app.monitor.BudgetOwner;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.settings.LimitsProperties;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.ReleaseInfo;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.model.ReleaseRefParseException;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.core.spi.NotificationLog;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.discogs.DiscogsCredentials;
import io.waxalert.discogs.DiscogsNotFoundException;
import io.waxalert.discogs.MasterInfo;
import io.waxalert.discogs.MasterReleases;
import io.waxalert.discogs.WantlistItem;
import io.waxalert.persistence.JdbcBudgetState;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.ReleaseMetadata;
import io.waxalert.persistence.StoredEntry;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * The wanted-list use cases behind the routes, one call per route. Every request is checked
 * completely and Discogs asked before anything is written, and the writes of one change share a
 * transaction: nothing is half-saved. An entry of another user is treated exactly like an unknown one.
 */
@Singleton
public class WantedListService {

  static final int MAX_FORMAT_FILTER = 100;

  private final JdbcWantedEntryStore entries;
  private final NotificationLog notifications;
  private final DiscogsClient discogs;
  private final SignInService signIn;
  private final LimitsProperties limits;
  private final JdbcBudgetState budget;

  WantedListService(JdbcWantedEntryStore entries, NotificationLog notifications, DiscogsClient discogs,
      SignInService signIn, LimitsProperties limits, JdbcBudgetState budget) {
    this.entries = entries;
    this.notifications = notifications;
    this.discogs = discogs;
    this.signIn = signIn;
    this.limits = limits;
    this.budget = budget;
  }

  /**
   * A new entry ready to save, with what Discogs says about its release or master.
   *
   * @param versionsTotal a master's pressings in all (of its format filter); null for a release
   */
  record Draft(WantedEntry entry, ReleaseMetadata metadata, @Nullable Integer versionsTotal) {

    Draft(WantedEntry entry, ReleaseMetadata metadata) {
      this(entry, metadata, null);
    }
  }

  /** Adds the release or master the body names, with its criteria; the entry as stored. */
  StoredEntry add(UserAccount owner, Body body) {
    requireRoom(owner);
    Draft draft = BudgetOwner.as(owner.discogsUsername(), () -> prepareAdd(owner, body));
    save(draft);
    if (draft.versionsTotal() != null) { // its own connection: after the entry is committed
      budget.saveVersionsTotal(draft.entry().id(), draft.versionsTotal());
    }
    return stored(draft.entry());
  }

  /** 422 naming {@code waxalert.limits.entries-per-user} when the owner's list is full. */
  private void requireRoom(UserAccount owner) {
    if (entries.countByOwner(owner.discogsUsername()) >= limits.entriesPerUser()) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "your wanted list is full: at most "
          + limits.entriesPerUser() + " entries per user (waxalert.limits.entries-per-user); delete some to add"
          + " others", "release");
    }
  }

  /** How many pressings the owner's master entries have in all, by entry (those known). */
  Map<UUID, Integer> versionsTotals(List<StoredEntry> stored) {
    return budget.versionsTotals(stored.stream().filter(s -> s.entry().target().isMaster())
        .map(s -> s.entry().id()).toList());
  }

  private Draft prepareAdd(UserAccount owner, Body body) {
    String reference = body.string("release", 500);
    if (reference == null) {
      throw ApiException.badRequest("release", "a Discogs release or master URL, [r123], [m456] or a"
          + " release id is required");
    }
    ReleaseRef ref;
    try {
      ref = ReleaseRef.parse(reference);
    } catch (ReleaseRefParseException e) {
      throw ApiException.badRequest("release", e.getMessage());
    }
    String formatFilter = body.string("format_filter", MAX_FORMAT_FILTER);
    if (formatFilter != null && !ref.isMaster()) {
      throw ApiException.badRequest("format_filter", "applies to a master ([m…]) reference only");
    }
    Criteria.Result criteria = Criteria.apply(body, AlertCriteria.none(), owner.currency());
    Boolean active = body.bool("is_active");
    try {
      if (ref.isMaster()) {
        MasterInfo master = discogs.master(ref.id());
        MasterReleases versions = discogs.masterReleases(ref.id(), formatFilter, limits.masterVersions());
        List<Long> releaseIds = versions.releaseIds();
        if (releaseIds.isEmpty()) {
          throw ApiException.badRequest(formatFilter == null ? "release" : "format_filter",
              "master " + ref.id() + " has no release" + (formatFilter == null ? "" : " in format " + formatFilter));
        }
        String artists = String.join(", ", master.artists());
        WantedEntry entry = new WantedEntry(UUID.randomUUID(), owner.discogsUsername(), ref,
            releaseIds, title(artists, master.title()), criteria.currency(), criteria.criteria(),
            active == null || active, null);
        return new Draft(entry, new ReleaseMetadata(master.title(), artists, master.year(), null,
            master.coverImageUrl(), formatFilter), versions.total());
      }
      ReleaseInfo release = discogs.release(ref.id());
      WantedEntry entry = new WantedEntry(UUID.randomUUID(), owner.discogsUsername(), ref,
          List.of(ref.id()), title(release.artistLine(), release.title()), criteria.currency(), criteria.criteria(),
          active == null || active, null);
      return new Draft(entry, new ReleaseMetadata(release.title(), release.artistLine(), release.year(),
          ReleaseFormat.oneLine(release.formats()), release.coverImageUrl(), null));
    } catch (DiscogsNotFoundException e) {
      throw new ApiException(HttpStatus.NOT_FOUND, "release: " + ref + " is not on Discogs", "release");
    }
  }

  /** Saves a new entry with its metadata; {@link DuplicateEntryException} when already listed. */
  @Transactional
  public void save(Draft draft) {
    entries.save(draft.entry());
    entries.saveMetadata(draft.entry().id(), draft.metadata());
  }

  private Optional<WantedEntry> find(UserAccount owner, String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return entries.find(uuid).filter(e -> e.ownerId().equals(owner.discogsUsername()));
  }

  private WantedEntry require(UserAccount owner, String id) {
    return find(owner, id).orElseThrow(() -> ApiException.notFound("no wanted-list entry " + id));
  }

  /** One entry of the owner, as stored. */
  StoredEntry get(UserAccount owner, String id) {
    return stored(require(owner, id));
  }

  /** The entry as stored now, with its release metadata and times. */
  private StoredEntry stored(WantedEntry entry) {
    return entries.findStored(entry.id()).orElseThrow(() ->
        ApiException.notFound("no wanted-list entry " + entry.id()));
  }

  /** The owner's entries with their metadata and times, oldest first. */
  List<StoredEntry> list(UserAccount owner) {
    return entries.findStoredByOwner(owner.discogsUsername());
  }

  /** Applies the criteria fields of the body; {@code is_active} pauses or resumes. */
  StoredEntry update(UserAccount owner, String id, Body body) {
    return stored(change(owner, id, body));
  }

  @Transactional
  public WantedEntry change(UserAccount owner, String id, Body body) {
    WantedEntry entry = require(owner, id);
    if (body.has("release")) {
      throw ApiException.badRequest("release", "cannot be changed; delete the entry and add the other release");
    }
    if (body.has("format_filter")) {
      throw ApiException.badRequest("format_filter", "cannot be changed; delete the entry and add it again");
    }
    Criteria.Result criteria = Criteria.apply(body, entry.criteria(), entry.currency());
    Boolean active = body.bool("is_active");
    WantedEntry updated = new WantedEntry(entry.id(), entry.ownerId(), entry.target(), entry.releaseIds(),
        entry.title(), criteria.currency(), criteria.criteria(),
        active == null ? entry.active() : active, entry.lastCheck());
    entries.save(updated);
    return updated;
  }

  @Transactional
  public boolean delete(UserAccount owner, String id) {
    Optional<WantedEntry> entry = find(owner, id);
    if (entry.isEmpty()) {
      return false;
    }
    notifications.deleteByEntry(entry.get().id());
    return entries.delete(entry.get().id());
  }

  /** Pauses or resumes monitoring. */
  StoredEntry toggle(UserAccount owner, String id) {
    return stored(flip(owner, id));
  }

  @Transactional
  public WantedEntry flip(UserAccount owner, String id) {
    WantedEntry entry = require(owner, id);
    WantedEntry toggled = entry.withActive(!entry.active());
    entries.save(toggled);
    return toggled;
  }

  /**
   * What an import did; {@code limit_reached} and {@code message} say when the list filled up
   * ({@code waxalert.limits.entries-per-user}) and the rest of the wantlist was left out.
   */
  @io.micronaut.serde.annotation.Serdeable(naming = io.micronaut.serde.config.naming.SnakeCaseStrategy.class)
  record ImportResult(int imported, int skipped, boolean limitReached, @Nullable String message) {}

  /**
   * Adds every release of the owner's Discogs wantlist not yet on the list, with the wantlist's own
   * release details; read with the owner's stored credentials.
   */
  ImportResult importWantlist(UserAccount owner) {
    DiscogsCredentials credentials = signIn.credentials(owner).orElseThrow(() ->
        new ApiException(HttpStatus.UNAUTHORIZED, "no Discogs credentials stored; sign in again", null));
    List<WantlistItem> wants;
    long room = limits.entriesPerUser() - entries.countByOwner(owner.discogsUsername());
    // reading stops where the list would be full (plus what may turn out to be listed already)
    long listed = entries.countByOwner(owner.discogsUsername());
    wants = BudgetOwner.as(owner.discogsUsername(), () -> {
      try (Stream<WantlistItem> stream = discogs.as(credentials).wantlist(owner.discogsUsername())) {
        return stream.limit(Math.max(0, room) + listed + 1).toList();
      }
    });
    return importWants(owner, wants);
  }

  private ImportResult importWants(UserAccount owner, List<WantlistItem> wants) {
    Set<Long> listed = new HashSet<>();
    for (WantedEntry entry : entries.findByOwner(owner.discogsUsername())) {
      if (!entry.target().isMaster()) {
        listed.add(entry.target().id());
      }
    }
    int imported = 0;
    int skipped = 0;
    long room = limits.entriesPerUser() - entries.countByOwner(owner.discogsUsername());
    for (WantlistItem want : wants) {
      if (want.releaseId() <= 0 || listed.contains(want.releaseId())) {
        skipped++;
        continue;
      }
      if (imported >= room) {
        return new ImportResult(imported, skipped, true, "imported " + imported + "; your wanted list is full at "
            + limits.entriesPerUser() + " entries (waxalert.limits.entries-per-user), the rest of the wantlist was"
            + " not imported");
      }
      listed.add(want.releaseId());
      ReleaseInfo release = want.release();
      WantedEntry entry = WantedEntry.forRelease(owner.discogsUsername(), want.releaseId(),
          title(release.artistLine(), release.title()), owner.currency(), AlertCriteria.none());
      try {
        save(new Draft(entry, new ReleaseMetadata(release.title(), release.artistLine(), release.year(),
            ReleaseFormat.oneLine(release.formats()), release.coverImageUrl(), null)));
        imported++;
      } catch (DuplicateEntryException e) {
        skipped++;
      }
    }
    return new ImportResult(imported, skipped, false, null);
  }

  static String title(@Nullable String artists, String title) {
    return artists == null || artists.isBlank() ? title : artists + " – " + Objects.requireNonNull(title);
  }
}
