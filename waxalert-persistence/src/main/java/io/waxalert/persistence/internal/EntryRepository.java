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

/**
 * {@code wanted_list_entries}; POSTGRES SQL, which H2 runs in PostgreSQL mode. Every read of a live
 * entry skips deleted rows ({@code deleted_at} set); {@code findById} (CrudRepository's) does not,
 * for the writes that must keep a deleted row as it is.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface EntryRepository extends CrudRepository<EntryEntity, UUID> {


  Optional<UUID> findUserIdByIdAndDeletedAtIsNull(UUID id);

  // NULLS FIRST spelled out: never-checked entries are the least recently checked, whatever the
  // database's default null ordering.
  @Query("select * from wanted_list_entries where is_active = true and deleted_at is null"
      + " and (last_checked is null or last_checked <= :checkedBefore)"
      + " order by last_checked asc nulls first, created_at asc, id asc limit :max")
  List<EntryEntity> findDue(Instant checkedBefore, int max);

  long countByActiveAndDeletedAtIsNull(boolean active);

  long countByUserId(UUID userId);

  boolean existsByUserIdAndDiscogsReleaseIdAndDeletedAtIsNull(UUID userId, Long discogsReleaseId);

  boolean existsByUserIdAndDiscogsMasterIdAndDeletedAtIsNull(UUID userId, Long discogsMasterId);

  @Query("update wanted_list_entries set status = :status, last_checked = :lastChecked,"
      + " lowest_price = :lowestPrice, lowest_price_currency = :lowestPriceCurrency,"
      + " num_for_sale = :numForSale, check_message = :checkMessage, market_fetched_at = :marketFetchedAt,"
      + " updated_at = :updatedAt where id = :id and deleted_at is null")
  int recordCheck(
      UUID id,
      String status,
      Instant lastChecked,
      @Nullable BigDecimal lowestPrice,
      @Nullable String lowestPriceCurrency,
      @Nullable Integer numForSale,
      @Nullable String checkMessage,
      @Nullable Instant marketFetchedAt,
      Instant updatedAt);

  @Query("update wanted_list_entries set release_title = :releaseTitle, artist_name = :artistName,"
      + " release_year = :releaseYear, release_format = :releaseFormat,"
      + " cover_image_url = :coverImageUrl, catalog_number = :catalogNumber, format_filter = :formatFilter,"
      + " updated_at = :updatedAt where id = :id")
  int updateMetadata(
      UUID id,
      @Nullable String releaseTitle,
      @Nullable String artistName,
      @Nullable Integer releaseYear,
      @Nullable String releaseFormat,
      @Nullable String coverImageUrl,
      @Nullable String catalogNumber,
      @Nullable String formatFilter,
      Instant updatedAt);

  @Query("delete from wanted_list_entries where id = :id")
  int deleteEntry(UUID id);

  @Query("update wanted_list_entries set deleted_at = :at, updated_at = :at where id = :id and deleted_at is null")
  int markDeleted(UUID id, Instant at);

  @Query("update wanted_list_entries set deleted_at = null, updated_at = :now"
      + " where id = :id and deleted_at is not null and deleted_at > :deletedAfter")
  int unmarkDeleted(UUID id, Instant deletedAfter, Instant now);

  Optional<UUID> findUserIdByIdAndDeletedAtIsNotNull(UUID id);

  @Query("delete from wanted_list_entries where deleted_at is not null and deleted_at <= :deletedBefore")
  int purgeDeleted(Instant deletedBefore);

  /**
   * A deleted entry of the user for the same release or master gives way to a new one. One key of
   * the unique index per statement: with "release = ? or master = ?" the database walks every row of
   * the user instead, on every add.
   */
  default int purgeDeletedTarget(UUID userId, @Nullable Long releaseId, @Nullable Long masterId) {
    return (releaseId == null ? 0 : purgeDeletedRelease(userId, releaseId))
        + (masterId == null ? 0 : purgeDeletedMaster(userId, masterId));
  }

  @Query("delete from wanted_list_entries where user_id = :userId and discogs_release_id = :releaseId"
      + " and deleted_at is not null")
  int purgeDeletedRelease(UUID userId, long releaseId);

  @Query("delete from wanted_list_entries where user_id = :userId and discogs_master_id = :masterId"
      + " and deleted_at is not null")
  int purgeDeletedMaster(UUID userId, long masterId);
}
