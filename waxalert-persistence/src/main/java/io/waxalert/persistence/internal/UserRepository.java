package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code users}; POSTGRES SQL, which H2 runs in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface UserRepository extends CrudRepository<UserEntity, UUID> {



  Optional<UUID> findIdByDiscogsUsername(String discogsUsername);

  List<UserEntity> findByIdIn(Collection<UUID> ids);

  @Query("update users set discogs_credentials = :credentials, updated_at = :updatedAt where id = :id")
  int updateCredentials(UUID id, @Nullable byte[] credentials, Instant updatedAt);
}
