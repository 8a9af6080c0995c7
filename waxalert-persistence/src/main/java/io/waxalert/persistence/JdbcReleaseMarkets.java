package io.waxalert.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import io.waxalert.persistence.internal.AutoCommitSql;
import io.waxalert.persistence.internal.Sql;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code release_markets} table: each release's latest market snapshot, shared by every
 * instance. Each call is its own short transaction, visible to every instance at once. Thread-safe.
 */
@Singleton
public class JdbcReleaseMarkets {

  private static final String COLUMNS = "release_id, fetched_at, succeeded, currency, lowest_price,"
      + " lowest_price_currency, num_for_sale, blocked_from_sale, not_found, failure";

  private final DataSource dataSource;

  JdbcReleaseMarkets(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * Records an attempt; a failed one keeps the prices of the last successful one.
   *
   * @param market the attempt
   */
  public void record(ReleaseMarket market) {
    Money lowest = market.lowestPrice();
    int updated = market.succeeded()
        ? AutoCommitSql.change(dataSource, "release market", "update release_markets set fetched_at = ?,"
            + " succeeded = true, currency = ?, lowest_price = ?, lowest_price_currency = ?, num_for_sale = ?,"
            + " blocked_from_sale = ?, not_found = false, failure = null where release_id = ?",
            market.fetchedAt(), market.currency().name(), lowest == null ? null : lowest.amount(),
            lowest == null ? null : lowest.currency().name(), market.numForSale(), market.blockedFromSale(),
            market.releaseId())
        : AutoCommitSql.change(dataSource, "release market", "update release_markets set fetched_at = ?,"
            + " succeeded = false, currency = ?, not_found = ?, failure = ? where release_id = ?",
            market.fetchedAt(), market.currency().name(), market.notFound(), market.failure(), market.releaseId());
    if (updated == 0) {
      AutoCommitSql.change(dataSource, "release market", "insert into release_markets (" + COLUMNS + ")"
          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing",
          market.releaseId(), market.fetchedAt(), market.succeeded(), market.currency().name(),
          lowest == null ? null : lowest.amount(), lowest == null ? null : lowest.currency().name(),
          market.numForSale(), market.blockedFromSale(), market.notFound(), market.failure());
    }
  }

  /**
   * The release's latest snapshot.
   *
   * @param releaseId the release
   * @return its snapshot; empty when it was never fetched
   */
  public Optional<ReleaseMarket> find(long releaseId) {
    return AutoCommitSql.query(dataSource, "release market", "select " + COLUMNS
        + " from release_markets where release_id = ?", JdbcReleaseMarkets::map, releaseId).stream().findFirst();
  }

  /**
   * Every snapshot, by release: the planner's view of the last fetches.
   *
   * @return the snapshots, by release id
   */
  public Map<Long, ReleaseMarket> all() {
    Map<Long, ReleaseMarket> byRelease = new HashMap<>();
    for (ReleaseMarket market : AutoCommitSql.query(dataSource, "release markets",
        "select " + COLUMNS + " from release_markets", JdbcReleaseMarkets::map)) {
      byRelease.put(market.releaseId(), market);
    }
    return byRelease;
  }

  /**
   * The snapshots of these releases that exist.
   *
   * @param releaseIds the releases
   * @return the snapshots of those fetched at least once
   */
  public List<ReleaseMarket> findAll(List<Long> releaseIds) {
    if (releaseIds.isEmpty()) {
      return List.of();
    }
    return AutoCommitSql.query(dataSource, "release markets", "select " + COLUMNS
        + " from release_markets where release_id in (" + Sql.placeholders(releaseIds.size()) + ")",
        JdbcReleaseMarkets::map, releaseIds.toArray());
  }

  private static ReleaseMarket map(ResultSet row) throws SQLException {
    BigDecimal amount = row.getBigDecimal("lowest_price");
    String lowestCurrency = row.getString("lowest_price_currency");
    Money lowest = amount == null || lowestCurrency == null ? null : Money.of(amount, Currency.valueOf(lowestCurrency.trim()));
    Integer count = row.getObject("num_for_sale", Integer.class);
    return new ReleaseMarket(row.getLong("release_id"), Sql.instant(row, "fetched_at"), row.getBoolean("succeeded"),
        Currency.valueOf(row.getString("currency").trim()), lowest, count,
        row.getBoolean("blocked_from_sale"), row.getBoolean("not_found"), row.getString("failure"));
  }
}
