package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.waxalert.app.http.ApiException;
import io.waxalert.app.monitor.AccountBlocklistStore;
import io.waxalert.app.monitor.BudgetOwner;
import io.waxalert.app.monitor.Freshness;
import io.waxalert.app.monitor.SellPageBackoff;
import io.waxalert.app.settings.LimitsProperties;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.persistence.JdbcBudgetState;
import io.waxalert.persistence.JdbcNotificationLog;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.StoredEntry;
import io.waxalert.persistence.StoredPage;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The wanted-list use cases behind the one-entry routes, one call per route. Every request is checked
 * completely before anything is written, and the writes of one change share a transaction: nothing
 * is half-saved. An entry of another user, or a deleted one, is treated exactly like an unknown one.
 */
@Singleton
public class WantedListService {

  private final JdbcWantedEntryStore entries;
  private final JdbcNotificationLog notifications;
  private final NewEntries newEntries;
  private final MonitoringEngine engine;
  private final AccountBlocklistStore monitored;
  private final SellPageBackoff sellPages;
  private final Freshness freshness;
  private final LimitsProperties limits;
  private final JdbcBudgetState budget;
  private final Clock clock;

  WantedListService(JdbcWantedEntryStore entries, JdbcNotificationLog notifications, NewEntries newEntries,
      MonitoringEngine engine, AccountBlocklistStore monitored, SellPageBackoff sellPages, Freshness freshness,
      LimitsProperties limits, JdbcBudgetState budget, Clock clock) {
    this.entries = entries;
    this.notifications = notifications;
    this.newEntries = newEntries;
    this.engine = engine;
    this.monitored = monitored;
    this.sellPages = sellPages;
    this.freshness = freshness;
    this.limits = limits;
    this.budget = budget;
    this.clock = clock;
  }

  /**
   * Adds the release or master the body names, with its criteria; the entry as stored (not read back:
   * a new entry has no alert yet).
   */
  EntryView add(UserAccount owner, Body body) {
    requireRoom(owner);
    NewEntries.Draft draft = BudgetOwner.as(owner.discogsUsername(), () -> newEntries.draft(owner, body));
    StoredEntry stored = newEntries.save(owner, draft);
    if (draft.versionsTotal() != null) { // its own connection: after the entry is committed
      budget.saveVersionsTotal(draft.entry().id(), draft.versionsTotal());
    }
    return viewOf(owner, stored, null, draft.versionsTotal());
  }

  /** 422 naming {@code waxalert.limits.entries-per-user} when the owner's list is full. */
  private void requireRoom(UserAccount owner) {
    if (entries.countOf(owner) >= limits.entriesPerUser()) {
      throw new ApiException(HttpStatus.UNPROCESSABLE_ENTITY, "Your wanted list is full: at most "
          + limits.entriesPerUser() + " entries per user (waxalert.limits.entries-per-user). Delete some to add"
          + " others.", "release");
    }
  }

  /** One entry of the owner, as stored. */
  EntryView get(UserAccount owner, String id) {
    return view(require(owner, id));
  }

  /** The owner's entries with their metadata, times and last alert, oldest first. */
  List<EntryView> list(UserAccount owner) {
    return page(owner, Paging.ALL).entries();
  }

  /**
   * A page of the owner's entries with their metadata, times and last alert, with how many there are
   * in all: three queries whatever the size (entries, last alerts, the masters' pressings).
   */
  Page page(UserAccount owner, Paging paging) {
    StoredPage stored = entries.findStoredByOwner(owner.discogsUsername(), paging.offset(), paging.limit(),
        paging.newestFirst());
    Map<UUID, Instant> alerted = notifications.lastAlertTimes(owner.discogsUsername());
    Map<UUID, Integer> versions = versionsTotals(stored.entries());
    List<EntryView> views = stored.entries().stream()
        .map(s -> viewOf(owner, s, alerted.get(s.entry().id()), versions.get(s.entry().id())))
        .toList();
    return new Page(views, stored.total());
  }

  private static @Nullable Instant lastChecked(WantedEntry entry) {
    return entry.lastCheck() == null ? null : entry.lastCheck().checkedAt();
  }

  /** The owner's entry as the API shows it; the owner's blocked sellers count as listing criteria. */
  private EntryView viewOf(UserAccount owner, StoredEntry stored, @Nullable Instant lastAlert,
      @Nullable Integer versionsTotal) {
    WantedEntry entry = stored.entry();
    boolean needsListings = entry.criteria().hasListingCriteria() || !owner.blockedSellers().isEmpty();
    return EntryView.of(stored, lastAlert, statusDetail(entry, needsListings),
        freshness.nextCheckOf(entry.id(), lastChecked(entry)).orElse(null), versionsTotal);
  }

  /**
   * A page of entries as the API shows them.
   *
   * @param entries the entries of the page
   * @param total how many entries the owner has in all
   */
  record Page(List<EntryView> entries, long total) {}

  /** Applies the criteria fields of the body and judges the entry again at once; {@code is_active} pauses or resumes. */
  EntryView update(UserAccount owner, String id, Body body) {
    return view(change(owner, id, body));
  }

  /**
   * The entry with the body's criteria applied, judged again against the market figures of its last
   * check (no Discogs request), saved: lowering the maximum below the lowest price shows
   * "monitoring" at once instead of a stale "price matched".
   */
  @Transactional
  public WantedEntry change(UserAccount owner, String id, Body body) {
    WantedEntry entry = require(owner, id);
    if (body.has("release")) {
      throw ApiException.badRequest("release", "of an entry cannot be changed; delete it and add the other release");
    }
    if (body.has("format_filter")) {
      throw ApiException.badRequest("format_filter", "of an entry cannot be changed; delete it and add the master"
          + " again with the format you want");
    }
    Criteria.Result criteria = Criteria.apply(body, entry.criteria(), entry.currency());
    Boolean active = body.bool("is_active");
    WantedEntry updated = new WantedEntry(entry.id(), entry.ownerId(), entry.target(), entry.releaseIds(),
        entry.title(), criteria.currency(), criteria.criteria(),
        active == null ? entry.active() : active, entry.lastCheck());
    entries.save(rejudged(updated));
    return updated;
  }

  /** The entry with its last check judged again, the owner's blocked sellers counted as the engine counts them. */
  private WantedEntry rejudged(WantedEntry entry) {
    CheckState state = engine.rejudge(monitored.withAccountBlocklists(List.of(entry)).get(0));
    return state == null ? entry : entry.withLastCheck(state);
  }

  /** Pauses or resumes monitoring. */
  EntryView toggle(UserAccount owner, String id) {
    return view(flip(owner, id));
  }

  @Transactional
  public WantedEntry flip(UserAccount owner, String id) {
    WantedEntry entry = require(owner, id);
    WantedEntry toggled = entry.withActive(!entry.active());
    entries.save(toggled);
    return toggled;
  }

  /** Pauses ({@code false}) or resumes the entry; unchanged when it already is so. */
  @Transactional
  public WantedEntry setActive(UserAccount owner, String id, boolean active) {
    WantedEntry entry = require(owner, id);
    if (entry.active() != active) {
      entries.save(entry.withActive(active));
    }
    return entry.withActive(active);
  }

  /**
   * Deletes the entry, restorable with its history for {@link DeletedEntries#UNDO_WINDOW}; false when
   * the owner has no such entry.
   */
  boolean delete(UserAccount owner, String id) {
    return find(owner, id).map(entry -> entries.softDelete(entry.id())).orElse(false);
  }

  /** Brings back an entry the owner deleted within the undo window, with its alert history. */
  EntryView restore(UserAccount owner, String id) {
    UUID uuid = uuid(id).orElseThrow(ApiException::noSuchEntry);
    Optional<StoredEntry> deleted = entries.findDeleted(uuid)
        .filter(stored -> stored.entry().ownerId().equals(owner.discogsUsername()));
    if (deleted.isEmpty() || !entries.restore(uuid, clock.instant().minus(DeletedEntries.UNDO_WINDOW))) {
      if (find(owner, id).isPresent()) {
        throw new ApiException(io.micronaut.http.HttpStatus.CONFLICT,
            "That entry is on your wanted list already; there is nothing to restore.", null);
      }
      throw ApiException.notFound("That entry can no longer be restored: a deleted entry is kept for "
          + DeletedEntries.UNDO_WINDOW.toMinutes() + " minutes. Add the release again to watch it.");
    }
    return view(require(owner, id));
  }

  Optional<WantedEntry> find(UserAccount owner, String id) {
    return uuid(id).flatMap(entries::find).filter(e -> e.ownerId().equals(owner.discogsUsername()));
  }

  private WantedEntry require(UserAccount owner, String id) {
    return find(owner, id).orElseThrow(ApiException::noSuchEntry);
  }

  private static Optional<UUID> uuid(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The entry as stored now, with its release metadata, times and last alert. */
  EntryView view(WantedEntry entry) {
    StoredEntry stored = entries.findStored(entry.id()).orElseThrow(ApiException::noSuchEntry);
    WantedEntry monitoredEntry = monitored.withAccountBlocklists(List.of(stored.entry())).get(0);
    return EntryView.of(stored, lastAlert(entry.id()),
        statusDetail(monitoredEntry, monitoredEntry.criteria().hasListingCriteria()),
        freshness.nextCheckOf(entry.id(), lastChecked(stored.entry())).orElse(null),
        versionsTotals(List.of(stored)).get(entry.id()));
  }

  /** How many pressings the master entries have in all, by entry (those known). */
  private Map<UUID, Integer> versionsTotals(List<StoredEntry> stored) {
    return budget.versionsTotals(stored.stream().filter(s -> s.entry().target().isMaster())
        .map(s -> s.entry().id()).toList());
  }

  /** What holds the entry's check back beyond its status (a sell page backing off in auto mode). */
  private @Nullable String statusDetail(WantedEntry entry, boolean needsListings) {
    return sellPages.detail(entry, needsListings).orElse(null);
  }

  private @Nullable Instant lastAlert(UUID entryId) {
    return notifications.findByEntry(entryId).stream().findFirst().map(a -> a.createdAt()).orElse(null);
  }
}
