package io.waxalert.app.monitor;

import io.waxalert.app.monitor.CheckAll.Progress;
import io.waxalert.app.monitor.CheckAll.Result;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

/** One owner's check-all while it runs and after: its counts, and its result once done. Thread-safe. */
final class CheckRun {

  private final UUID id = UUID.randomUUID();
  private final String ownerId;
  private final int total;
  private final CompletableFuture<Result> finished = new CompletableFuture<>();
  private int done;
  private int matched;
  private int failed;
  private int notified;
  private Instant endedAt;

  CheckRun(String ownerId, List<WantedEntry> entries) {
    this.ownerId = ownerId;
    this.total = entries.size();
  }

  UUID id() {
    return id;
  }

  String ownerId() {
    return ownerId;
  }

  CompletableFuture<Result> finished() {
    return finished;
  }

  synchronized void entryDone(EntryStatus status) {
    done++;
    if (status == EntryStatus.PRICE_MATCHED || status == EntryStatus.UNDERPRICED) {
      matched++;
    } else if (status == EntryStatus.CHECK_FAILED) {
      failed++;
    }
  }

  void end(int notifiedAlerts, Instant at) {
    Result result;
    synchronized (this) {
      if (endedAt != null) {
        return;
      }
      notified = notifiedAlerts;
      endedAt = at;
      result = new Result(done, matched, notified, failed);
    }
    finished.complete(result);
  }

  synchronized boolean ended() {
    return endedAt != null;
  }

  synchronized boolean endedBefore(Instant before) {
    return endedAt != null && endedAt.isBefore(before);
  }

  synchronized Progress progress() {
    return new Progress(id.toString(), endedAt == null ? "running" : "done", total, done, done, matched, notified,
        failed);
  }
}
