package io.waxalert.persistence.internal;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** {@code price_observations}; POSTGRES SQL, which H2 runs in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface PriceObservationRepository extends CrudRepository<PriceObservationEntity, UUID> {

  List<PriceObservationEntity> findByDiscogsReleaseIdAndObservedAtGreaterThanEqualsOrderByObservedAtAsc(
      long discogsReleaseId, Instant since);
}
