package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.transaction.annotation.Transactional;
import io.waxalert.app.discogs.DiscogsGateway;
import io.waxalert.app.monitor.AccountBlocklistStore;
import io.waxalert.app.monitor.CheckMetrics;
import io.waxalert.app.alerts.AlertRelay;
import io.waxalert.app.discogs.DiscogsGateway.WantlistItem;
import io.waxalert.app.discogs.DiscogsNotFoundException;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.model.ReleaseRefParseException;
import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.monitor.MonitoringEngine;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.persistence.JdbcNotificationLog;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.ReleaseMetadata;
import io.waxalert.persistence.StoredEntry;
import io.waxalert.persistence.UserAccount;
import jakarta.inject.Singleton;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The wanted-list use cases behind the routes. Every request is checked completely and Discogs asked
 * before anything is written, and the writes of one change share a transaction: nothing is
 * half-saved. An entry of another user is treated exactly like an unknown one.
 */
@Singleton
public class WantedListService {

  static final int MAX_FORMAT_FILTER = 100;

  private final JdbcWantedEntryStore entries;
  private final JdbcNotificationLog notifications;
  private final DiscogsGateway discogs;
  private final MonitoringEngine engine;
  private final AccountBlocklistStore monitored;
  private final CheckMetrics metrics;
  private final AlertRelay relay;

  WantedListService(JdbcWantedEntryStore entries, JdbcNotificationLog notifications,
      DiscogsGateway discogs, MonitoringEngine engine, AccountBlocklistStore monitored,
      CheckMetrics metrics, AlertRelay relay) {
    this.relay = relay;
    this.entries = entries;
    this.notifications = notifications;
    this.discogs = discogs;
    this.engine = engine;
    this.monitored = monitored;
    this.metrics = metrics;
  }

  /** A new entry ready to save, with what Discogs says about its release or master. */
  record Draft(WantedEntry entry, ReleaseMetadata metadata) {}

  Draft prepareAdd(UserAccount owner, Body body) {
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
        DiscogsGateway.MasterDetails master = discogs.master(ref.id(), formatFilter);
        if (master.releaseIds().isEmpty()) {
          throw ApiException.badRequest(formatFilter == null ? "release" : "format_filter",
              "master " + ref.id() + " has no release" + (formatFilter == null ? "" : " in format " + formatFilter));
        }
        String artists = String.join(", ", master.artists());
        WantedEntry entry = new WantedEntry(UUID.randomUUID(), owner.discogsUsername(), ref,
            master.releaseIds(), title(artists, master.title()), criteria.currency(), criteria.criteria(),
            active == null || active, null);
        return new Draft(entry, new ReleaseMetadata(master.title(), artists, master.year(), null,
            master.coverImageUrl(), formatFilter));
      }
      DiscogsGateway.ReleaseDetails release = discogs.release(ref.id());
      String artists = String.join(", ", release.artists());
      WantedEntry entry = new WantedEntry(UUID.randomUUID(), owner.discogsUsername(), ref,
          List.of(ref.id()), title(artists, release.title()), criteria.currency(), criteria.criteria(),
          active == null || active, null);
      return new Draft(entry, new ReleaseMetadata(release.title(), artists, release.year(),
          release.format(), release.coverImageUrl(), null));
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

  Optional<WantedEntry> find(UserAccount owner, String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return entries.find(uuid).filter(e -> e.ownerId().equals(owner.discogsUsername()));
  }

  WantedEntry require(UserAccount owner, String id) {
    return find(owner, id).orElseThrow(() -> ApiException.notFound("no wanted-list entry " + id));
  }

  /** The entry as stored now, with its release metadata and times. */
  StoredEntry stored(WantedEntry entry) {
    return entries.findStored(entry.id()).orElseThrow(() ->
        ApiException.notFound("no wanted-list entry " + entry.id()));
  }

  /** The owner's entries with their metadata and times, oldest first. */
  List<StoredEntry> listStored(UserAccount owner) {
    return entries.findStoredByOwner(owner.discogsUsername());
  }

  /** Applies the criteria fields of the body; {@code is_active} pauses or resumes. */
  @Transactional
  public WantedEntry update(UserAccount owner, String id, Body body) {
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

  @Transactional
  public WantedEntry toggle(UserAccount owner, String id) {
    WantedEntry entry = require(owner, id);
    WantedEntry toggled = entry.withActive(!entry.active());
    entries.save(toggled);
    return toggled;
  }

  /** Checks the owner's active entries now, with the account's blocked sellers added to each. */
  CycleReport checkAll(UserAccount owner) {
    List<WantedEntry> active = monitored.findByOwner(owner.discogsUsername()).stream()
        .filter(WantedEntry::active)
        .toList();
    CycleReport checked = engine.check(active);
    // the alerts it found are delivered right away, also when the scheduled job is off
    AlertRelay.Report delivery = relay.relayFor(owner);
    CycleReport report = new CycleReport(checked.entriesChecked(), checked.releasesChecked(),
        checked.statsRequests(), checked.listingRequests(), checked.matchedEntries(), checked.newAlerts(),
        delivery.notified(), delivery.mail().failed() + delivery.webhook().failed(), checked.failedEntries(),
        checked.elapsed());
    metrics.record(report);
    return report;
  }

  @io.micronaut.serde.annotation.Serdeable
  record ImportResult(int imported, int skipped) {}

  /** Adds every wantlist release not yet on the list, with the wantlist's own release details. */
  ImportResult importWantlist(UserAccount owner, List<WantlistItem> wants) {
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
      String artists = String.join(", ", want.artists());
      WantedEntry entry = WantedEntry.forRelease(owner.discogsUsername(), want.releaseId(),
          title(artists, want.title()), owner.currency(), AlertCriteria.none());
      try {
        save(new Draft(entry, new ReleaseMetadata(want.title(), artists, want.year(), want.format(),
            want.coverImageUrl(), null)));
        imported++;
      } catch (DuplicateEntryException e) {
        skipped++;
      }
    }
    return new ImportResult(imported, skipped);
  }

  static String title(@Nullable String artists, String title) {
    return artists == null || artists.isBlank() ? title : artists + " – " + Objects.requireNonNull(title);
  }
}
