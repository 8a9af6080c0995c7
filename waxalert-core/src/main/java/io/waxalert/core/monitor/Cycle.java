package io.waxalert.core.monitor;

import io.waxalert.core.model.MarketStats;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Counters and outcomes of one cycle; confined to the thread running it. */
final class Cycle {

  final Instant now;
  final Map<UUID, EntryOutcome> outcomes = new HashMap<>();
  /** Per release checked, the market data used; per release failed, why. */
  final Map<Long, MarketStats> stats = new HashMap<>();
  final Map<Long, RuntimeException> failures = new HashMap<>();
  int statsRequests;
  int listingRequests;
  int newAlerts;

  Cycle(Instant now) {
    this.now = now;
  }
}
