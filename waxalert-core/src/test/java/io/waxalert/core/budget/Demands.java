package io.waxalert.core.budget;

import io.waxalert.core.model.Money;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds the demand a planner sees, as the service would load it. */
final class Demands {

  static final Instant NOW = Instant.parse("2026-11-20T12:00:00Z");
  static final Instant LONG_AGO = NOW.minus(Duration.ofDays(30));

  private final Map<Long, ReleaseDemand> releases = new LinkedHashMap<>();
  private final List<OnDemandRequest> requests = new ArrayList<>();
  private final Set<Long> inFlight = new HashSet<>();

  /** A release fetched {@code ago} before {@link #NOW} (null: never) with that lowest price. */
  Demands release(long id, Duration ago, String lowestEur) {
    ReleaseDemand old = releases.get(id);
    releases.put(id, new ReleaseDemand(id, ago == null ? null : NOW.minus(ago),
        lowestEur == null ? null : Money.of(lowestEur, "EUR"), old == null ? List.of() : old.wants()));
    return this;
  }

  /** {@code owner} wants the release (added long ago), with that maximum in euros or none. */
  Demands want(String owner, long releaseId, String maxEur) {
    return want(owner, releaseId, maxEur, LONG_AGO);
  }

  Demands want(String owner, long releaseId, String maxEur, Instant createdAt) {
    ReleaseDemand old = releases.computeIfAbsent(releaseId, id -> ReleaseDemand.neverFetched(id, List.of()));
    List<Want> wants = new ArrayList<>(old.wants());
    wants.add(new Want(owner, UUID.nameUUIDFromBytes((owner + ":" + releaseId).getBytes()),
        maxEur == null ? null : Money.of(maxEur, "EUR"), createdAt));
    releases.put(releaseId, new ReleaseDemand(releaseId, old.lastFetchedAt(), old.lastLowestPrice(), wants));
    return this;
  }

  /** {@code owner} wants releases {@code from..to}, each fetched {@code ago} before, no maximum. */
  Demands wantsRange(String owner, long from, long to, Duration ago) {
    for (long id = from; id <= to; id++) {
      if (!releases.containsKey(id)) {
        release(id, ago, null);
      }
      want(owner, id, null);
    }
    return this;
  }

  Demands request(String owner, String id, Duration ago, Long... releaseIds) {
    requests.add(new OnDemandRequest(owner, id, List.of(releaseIds), NOW.minus(ago)));
    return this;
  }

  Demands inFlight(long releaseId) {
    inFlight.add(releaseId);
    return this;
  }

  Demand at(Instant now) {
    return new Demand(now, List.copyOf(releases.values()), requests, inFlight);
  }

  Demand build() {
    return at(NOW);
  }
}
