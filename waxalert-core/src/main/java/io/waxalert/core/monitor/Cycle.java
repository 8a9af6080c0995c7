package io.waxalert.core.monitor;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Counters and outcomes of one cycle; confined to the thread running it. */
final class Cycle {

  final Instant now;
  final Map<UUID, EntryOutcome> outcomes = new HashMap<>();
  int statsRequests;
  int listingRequests;
  int newAlerts;

  Cycle(Instant now) {
    this.now = now;
  }
}
