package io.waxalert.persistence;

import io.micronaut.transaction.TransactionOperations;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.PriceObservation;
import io.waxalert.core.spi.PriceObservationStore;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.PriceObservationEntity;
import io.waxalert.persistence.internal.PriceObservationRepository;
import io.waxalert.persistence.internal.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * {@link PriceObservationStore} on the {@code price_observations} table. Thread-safe; prices are
 * stored rounded half-up to cents, instants to the microsecond.
 */
@Singleton
public class JdbcPriceObservationStore implements PriceObservationStore {

  private final PriceObservationRepository observations;
  private final TransactionOperations<Connection> transactions;

  JdbcPriceObservationStore(PriceObservationRepository observations, TransactionOperations<Connection> transactions) {
    this.observations = observations;
    this.transactions = transactions;
  }

  /**
   * The lowest price of the release's latest observation in {@code [since, before)} that saw one:
   * what an alert mail compares its price with, one narrow read (issue 15).
   *
   * @param releaseId the release
   * @param since the earliest observation to consider
   * @param before the moment the observation must precede
   * @return that lowest price, empty when no observation in the window saw one
   */
  public Optional<Money> lowestBefore(long releaseId, Instant since, Instant before) {
    return transactions.executeRead(status -> Sql.query(status.getConnection(),
        "select lowest_price, cast(currency as varchar(3)) from price_observations where discogs_release_id = ?"
            + " and observed_at >= ? and observed_at < ? and lowest_price is not null order by observed_at desc"
            + " fetch first 1 rows only",
        row -> Money.of(row.getBigDecimal(1), Currency.parse(row.getString(2))), releaseId, since, before))
        .stream().findFirst();
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
