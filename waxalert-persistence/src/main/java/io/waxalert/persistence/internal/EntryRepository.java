package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code wanted_list_entries}; POSTGRES SQL, which H2 runs in PostgreSQL mode. */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EntryRepository extends CrudRepository<EntryEntity, UUID> {

  List<EntryEntity> findByUserIdOrderByCreatedAtAsc(UUID userId);

  Optional<UUID> findUserIdById(UUID id);

  // NULLS FIRST spelled out: never-checked entries are the least recently checked, whatever the
  // database's default null ordering.
  @Query("select * from wanted_list_entries where is_active = true"
      + " and (last_checked is null or last_checked <= :checkedBefore)"
      + " order by last_checked asc nulls first, created_at asc, id asc limit :max")
  List<EntryEntity> findDue(Instant checkedBefore, int max);

  long countByActive(boolean active);

  List<EntryEntity> findByActive(boolean active);

  long countByUserId(UUID userId);

  // release_ids is the comma-separated list of watched releases (a master's too)
  @Query("select * from wanted_list_entries where is_active = true and (discogs_release_id = :releaseId"
      + " or (discogs_master_id is not null and concat(',', release_ids, ',') like :pattern))")
  List<EntryEntity> findActiveWatching(long releaseId, String pattern);

  @Query("update wanted_list_entries set status = :status, last_checked = :lastChecked,"
      + " lowest_price = :lowestPrice, lowest_price_currency = :lowestPriceCurrency,"
      + " num_for_sale = :numForSale, check_message = :checkMessage, updated_at = :updatedAt"
      + " where id = :id")
  int recordCheck(
      UUID id,
      String status,
      Instant lastChecked,
      @Nullable BigDecimal lowestPrice,
      @Nullable String lowestPriceCurrency,
      @Nullable Integer numForSale,
      @Nullable String checkMessage,
      Instant updatedAt);

  @Query("update wanted_list_entries set release_title = :releaseTitle, artist_name = :artistName,"
      + " release_year = :releaseYear, release_format = :releaseFormat,"
      + " cover_image_url = :coverImageUrl, format_filter = :formatFilter, updated_at = :updatedAt"
      + " where id = :id")
  int updateMetadata(
      UUID id,
      @Nullable String releaseTitle,
      @Nullable String artistName,
      @Nullable Integer releaseYear,
      @Nullable String releaseFormat,
      @Nullable String coverImageUrl,
      @Nullable String formatFilter,
      Instant updatedAt);

  @Query("delete from wanted_list_entries where id = :id")
  int deleteEntry(UUID id);
}
