package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reads a user's live {@code wanted_list_entries} rows by column position with plain JDBC: the reads
 * whose cost grows with the list (the whole list, a page of it). Micronaut Data's entity mapper
 * derives every column's name from its property again for every row and looks each column up by
 * name; that was most of the list route's server time (docs/benchmarks.md, issue 15). The
 * {@code char(3)} currency columns are read as varchar: a result with a CHAR column makes H2
 * (PostgreSQL mode) copy the whole row for every value read, to pad it.
 */
public final class EntryRows {

  /** Every column of {@link EntryEntity}, in its component order; table alias {@code e}. */
  static final String COLUMNS = "e.id, e.user_id, e.discogs_release_id, e.discogs_master_id,"
      + " e.format_filter, e.release_ids, e.title, e.release_title, e.artist_name, e.release_year,"
      + " e.release_format, e.cover_image_url, e.catalog_number, cast(e.currency as varchar(3)), e.max_price,"
      + " cast(e.max_price_currency as varchar(3)), e.price_basis, e.unknown_shipping, e.min_condition,"
      + " e.min_sleeve_condition, e.location_filter, e.location_exclude, e.min_seller_rating,"
      + " e.min_seller_feedback, e.underpriced_percentage, e.blocked_sellers, e.is_active, e.status,"
      + " e.last_checked, e.lowest_price, cast(e.lowest_price_currency as varchar(3)), e.num_for_sale,"
      + " e.check_message, e.market_fetched_at, e.deleted_at, e.created_at, e.updated_at";

  /** The live (not deleted) entries of the user with the Discogs username {@code ?}. */
  private static final String OF_OWNER = " from wanted_list_entries e join users u on u.id = e.user_id"
      + " where u.discogs_username = ? and e.deleted_at is null";

  /**
   * The owner's username of entry {@code e}. A subquery, not a join: with the release id a parameter,
   * H2 would walk the users and each one's entries instead of the release's few entries.
   */
  private static final String OWNER_NAME = "(select u.discogs_username from users u where u.id = e.user_id)";

  /**
   * The active entries of release {@code ?}, and the active master entries listing it (pattern
   * {@code ?}), with their owners' usernames. Two statements, each on its index (V11), rather than
   * one UNION ALL: H2 caches the parse of a plain SELECT per connection, never of a union.
   * coalesce() keeps H2 from reading ix_entries_due (is_active first: every active entry) instead;
   * the upper bound keeps the master index range short of the release entries' nulls, which sort
   * last ({@code DEFAULT_NULL_ORDERING=HIGH}).
   */
  private static final String OF_RELEASE = "select " + COLUMNS + ", " + OWNER_NAME + " from wanted_list_entries e"
      + " where coalesce(e.is_active, false) = true and e.discogs_release_id = ?";
  private static final String OF_MASTERS_LISTING = "select " + COLUMNS + ", " + OWNER_NAME
      + " from wanted_list_entries e where coalesce(e.is_active, false) = true"
      + " and e.discogs_master_id between 1 and 9223372036854775807 and concat(',', e.release_ids, ',') like ?";

  private static final String BY_ID = "select " + COLUMNS + ", " + OWNER_NAME + " from wanted_list_entries e"
      + " where e.id = ? and e.deleted_at is null";

  private static final String ACTIVE = "select " + COLUMNS + ", " + OWNER_NAME + " from wanted_list_entries e"
      + " where e.is_active = true";

  private EntryRows() {}

  /** Every active entry of every user, with its owner: the budget planner's demand, read each tick. */
  public static List<Owned> active(Connection c) {
    List<Owned> active = new ArrayList<>(Sql.query(c, ACTIVE, EntryRows::owned));
    active.removeIf(entry -> entry.ownerId() == null);
    return active;
  }

  /** The live (not deleted) entry with id {@code id}, with its owner; empty when there is none. */
  public static Optional<Owned> byId(Connection c, UUID id) {
    return Sql.query(c, BY_ID, EntryRows::owned, id).stream()
        .filter(entry -> entry.ownerId() != null).findFirst();
  }

  /** A row with its owner's Discogs username. */
  public record Owned(EntryEntity row, String ownerId) {}

  /**
   * The active entries watching a release, each with its owner: what a fetch of that release checks,
   * read once per fetch (issue 15: by name through Micronaut Data, plus the owners' names in a query
   * of their own, it was a third of a check's CPU).
   */
  public static List<Owned> activeWatching(Connection c, long releaseId) {
    List<Owned> watching = new ArrayList<>(Sql.query(c, OF_RELEASE, EntryRows::owned, releaseId));
    watching.addAll(Sql.query(c, OF_MASTERS_LISTING, EntryRows::owned, "%," + releaseId + ",%"));
    watching.removeIf(entry -> entry.ownerId() == null);
    return watching;
  }

  /**
   * A page of the owner's live entries by creation time (ties by id, so pages never overlap).
   *
   * @param offset how many entries to skip, at least 0
   * @param limit the most entries to read, at least 1; null for all after {@code offset}
   * @param newestFirst newest first instead of oldest first
   */
  public static List<EntryEntity> ofOwner(Connection c, String ownerId, int offset, @Nullable Integer limit,
      boolean newestFirst) {
    String direction = newestFirst ? " desc" : "";
    String sql = "select " + COLUMNS + OF_OWNER + " order by e.created_at" + direction + ", e.id" + direction
        + " offset ? rows" + (limit == null ? "" : " fetch first ? rows only");
    Object[] args = limit == null ? new Object[] {ownerId, offset} : new Object[] {ownerId, offset, limit};
    return Sql.query(c, sql, EntryRows::read, args);
  }

  /** How many live entries the owner has. */
  public static long countOfOwner(Connection c, String ownerId) {
    return Sql.query(c, "select count(*)" + OF_OWNER, row -> row.getLong(1), ownerId).get(0);
  }

  /** The row the result set is on, selected with {@link #COLUMNS} and {@link #OWNER_NAME}. */
  private static Owned owned(ResultSet row) throws SQLException {
    return new Owned(read(row), row.getString(38));
  }

  /** The row the result set is on, selected with {@link #COLUMNS}. */
  static EntryEntity read(ResultSet row) throws SQLException {
    return new EntryEntity(
        row.getObject(1, UUID.class),
        row.getObject(2, UUID.class),
        row.getObject(3, Long.class),
        row.getObject(4, Long.class),
        row.getString(5),
        row.getString(6),
        row.getString(7),
        row.getString(8),
        row.getString(9),
        row.getObject(10, Integer.class),
        row.getString(11),
        row.getString(12),
        row.getString(13),
        row.getString(14),
        row.getBigDecimal(15),
        row.getString(16),
        row.getString(17),
        row.getString(18),
        row.getString(19),
        row.getString(20),
        row.getString(21),
        row.getString(22),
        row.getBigDecimal(23),
        row.getObject(24, Integer.class),
        row.getObject(25, Integer.class),
        row.getString(26),
        row.getBoolean(27),
        row.getString(28),
        instant(row, 29),
        row.getBigDecimal(30),
        row.getString(31),
        row.getObject(32, Integer.class),
        row.getString(33),
        instant(row, 34),
        instant(row, 35),
        instant(row, 36),
        instant(row, 37));
  }

  private static @Nullable Instant instant(ResultSet row, int column) throws SQLException {
    OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
