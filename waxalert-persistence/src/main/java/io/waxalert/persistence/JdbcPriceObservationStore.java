package io.waxalert.persistence;

import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.spi.PriceObservationStore;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.PriceObservationEntity;
import io.waxalert.persistence.internal.PriceObservationRepository;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@link PriceObservationStore} on the {@code price_observations} table. Thread-safe; prices are
 * stored rounded half-up to cents, instants to the microsecond.
 */
@Singleton
public class JdbcPriceObservationStore implements PriceObservationStore {

  private final PriceObservationRepository observations;

  JdbcPriceObservationStore(PriceObservationRepository observations) {
    this.observations = observations;
  }

  @Override
  public void record(PriceObservation observation) {
    Money lowest = observation.lowestPrice();
    observations.save(new PriceObservationEntity(
        UUID.randomUUID(),
        observation.releaseId(),
        Columns.instant(observation.observedAt()),
        lowest == null ? null : Columns.cents(lowest.amount()),
        lowest == null ? null : lowest.currency().name(),
        observation.numForSale()));
  }

  @Override
  public List<PriceObservation> history(long releaseId, Instant since) {
    return observations
        .findByDiscogsReleaseIdAndObservedAtGreaterThanEqualsOrderByObservedAtAsc(
            releaseId, Columns.instant(since))
        .stream()
        .map(row -> new PriceObservation(row.discogsReleaseId(), row.observedAt(),
            row.lowestPrice() == null ? null
                : Money.of(row.lowestPrice(), Currency.parse(row.currency())),
            row.numForSale()))
        .toList();
  }
}
