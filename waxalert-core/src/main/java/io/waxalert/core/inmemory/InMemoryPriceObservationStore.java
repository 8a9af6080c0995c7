package io.waxalert.core.inmemory;

import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.spi.PriceObservationStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A {@link PriceObservationStore} in memory. Thread-safe. */
public final class InMemoryPriceObservationStore implements PriceObservationStore {

  private final Map<Long, List<PriceObservation>> byRelease = new HashMap<>();

  @Override
  public synchronized void record(PriceObservation observation) {
    byRelease.computeIfAbsent(observation.releaseId(), id -> new ArrayList<>()).add(observation);
  }

  @Override
  public synchronized List<PriceObservation> history(long releaseId, Instant since) {
    return byRelease.getOrDefault(releaseId, List.of()).stream()
        .filter(o -> !o.observedAt().isBefore(since))
        .sorted(Comparator.comparing(PriceObservation::observedAt))
        .toList();
  }
}
