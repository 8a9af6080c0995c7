package io.waxalert.app.monitor;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.serde.annotation.Serdeable;
import io.waxalert.app.alerts.OwnDeliveries;
import io.waxalert.core.delivery.AlertRelay;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;

/**
 * Check-all: checks every active entry of one owner now, release by release on the owner's share of
 * the Discogs budget ({@link BudgetOwner}: its requests take turns with other collectors' at the fair
 * gate), each release's market through the shared single flight, then delivers the owner's due
 * alerts right away (also when the scheduled jobs are off). One check runs per owner at a time: a
 * second check-all answers the running one. Progress is readable while it runs; finished checks are
 * kept for {@link #KEEP} (in this instance).
 */
@Singleton
public class CheckAll implements OwnDeliveries {

  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CheckAll.class);

  static final Duration KEEP = Duration.ofHours(1);

  /**
   * The answer of check-all.
   *
   * @param checked entries tried
   * @param matched entries with a fitting offer now
   * @param notified the owner's alerts delivered on at least one channel by this call (new ones, and
   *     earlier ones whose retry came)
   * @param failed entries whose check could not be made
   */
  @Serdeable
  public record Result(int checked, int matched, int notified, int failed) {}

  /** A check-all as it runs: {@code state} {@code running} or {@code done}; {@code done} entries of {@code total}. */
  @Serdeable
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Progress(String id, String state, int total, int done, int checked, int matched, int notified,
      int failed) {}

  private final AccountBlocklistStore entries;
  private final ReleaseChecks checks;
  private final AlertRelay relay;
  private final ExecutorService executor;
  private final Clock clock;
  private final CheckMetrics metrics;
  private final Map<UUID, CheckRun> runs = new ConcurrentHashMap<>();
  private final Map<String, CheckRun> running = new ConcurrentHashMap<>();

  CheckAll(AccountBlocklistStore entries, ReleaseChecks checks, AlertRelay relay,
      @Named(TaskExecutors.IO) ExecutorService executor, Clock clock, CheckMetrics metrics) {
    this.metrics = metrics;
    this.entries = entries;
    this.checks = checks;
    this.relay = relay;
    this.executor = executor;
    this.clock = clock;
  }

  /** Checks the owner's active entries and answers when done (joining the owner's running check). */
  public Result run(String ownerId) {
    return start(ownerId).finished().join();
  }

  /** Starts a check of the owner's active entries, or answers the one running; its progress now. */
  public Progress begin(String ownerId) {
    return start(ownerId).progress();
  }

  /** True while a check-all of the owner runs (it delivers its own alerts). */
  @Override
  public boolean deliveringFor(String ownerId) {
    CheckRun run = running.get(ownerId);
    return run != null && !run.ended();
  }

  /** The owner's check {@code id}; empty for another owner's or an unknown id. */
  public Optional<Progress> find(String ownerId, String id) {
    UUID uuid;
    try {
      uuid = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    return Optional.ofNullable(runs.get(uuid)).filter(r -> r.ownerId().equals(ownerId)).map(CheckRun::progress);
  }

  private synchronized CheckRun start(String ownerId) {
    CheckRun current = running.get(ownerId);
    if (current != null && !current.ended()) {
      return current; // (an ended one may not have left the map yet: a new check then)
    }
    runs.values().removeIf(r -> r.endedBefore(clock.instant().minus(KEEP)));
    List<WantedEntry> active = entries.findByOwner(ownerId).stream().filter(WantedEntry::active).toList();
    CheckRun run = new CheckRun(ownerId, active);
    runs.put(run.id(), run);
    running.put(ownerId, run);
    CompletableFuture.runAsync(() -> metrics.timeCheckAll(() -> execute(run, active)), executor).whenComplete((ok, failure) -> {
      synchronized (this) {
        running.remove(ownerId, run);
      }
      if (failure != null) {
        run.end(0, clock.instant()); // counts as they stood; never left "running"
      }
    });
    return run;
  }

  private void execute(CheckRun run, List<WantedEntry> active) {
    Map<Long, List<WantedEntry>> byRelease = new LinkedHashMap<>();
    Map<UUID, Integer> releasesLeft = new ConcurrentHashMap<>();
    for (WantedEntry entry : active) {
      releasesLeft.put(entry.id(), entry.releaseIds().size());
      for (long release : entry.releaseIds()) {
        byRelease.computeIfAbsent(release, r -> new ArrayList<>()).add(entry);
      }
    }
    BudgetOwner.run(run.ownerId(), () -> byRelease.forEach((release, watching) -> {
      Map<UUID, CheckState> states;
      try {
        states = checks.check(release, watching, watching.get(0).currency());
      } catch (RuntimeException e) {
        LOG.warn("check-all: recording the check of release {} failed: {}", release, e.toString(), e);
        states = Map.of(); // recording failed: the entries count as failed below
      }
      for (WantedEntry entry : watching) {
        CheckState state = states.get(entry.id());
        if (releasesLeft.merge(entry.id(), -1, Integer::sum) == 0) {
          run.entryDone(state == null ? EntryStatus.CHECK_FAILED : state.status());
        }
      }
    }));
    int notified = relay.relayFor(run.ownerId()).delivered();
    run.end(notified, clock.instant());
  }
}
