package io.waxalert.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.waxalert.persistence.internal.AutoCommitSql;
import io.waxalert.persistence.internal.Sql;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The Discogs budget's shared state: the planner's fair-share ledger ({@code budget_ledger}), kept
 * for whichever instance plans next, the live instances with their request rates
 * ({@code budget_instances}), and the master entries' version counts ({@code master_versions}).
 * Thread-safe.
 */
@Singleton
public class JdbcBudgetState {

  private final DataSource dataSource;

  JdbcBudgetState(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * The ledger the last plan left: charges per owner.
   *
   * @return requests charged, by owner
   */
  public Map<String, Long> ledger() {
    Map<String, Long> charges = new HashMap<>();
    AutoCommitSql.query(dataSource, "budget ledger", "select owner_id, charge from budget_ledger", row -> {
      charges.put(row.getString(1), row.getLong(2));
      return null;
    });
    return charges;
  }

  /**
   * Replaces the ledger, in one transaction. Two instances saving at once (a plan is one instance's
   * at a time, but a driven pass may overlap a scheduled one) both succeed, the last one's charge
   * winning per owner: the second's delete does not see rows the first inserted meanwhile.
   *
   * @param charges requests charged, by owner
   */
  public void saveLedger(Map<String, Long> charges) {
    AutoCommitSql.inTransaction(dataSource, "budget ledger", c -> {
      Sql.update(c, "delete from budget_ledger");
      for (Map.Entry<String, Long> charge : charges.entrySet()) {
        if (Sql.update(c, "insert into budget_ledger (owner_id, charge) values (?, ?) on conflict do nothing",
            charge.getKey(), charge.getValue()) == 0) {
          Sql.update(c, "update budget_ledger set charge = ? where owner_id = ?", charge.getValue(), charge.getKey());
        }
      }
      return null;
    });
  }

  /**
   * Says this instance is alive at {@code now}, spending {@code requestsPerMinute}.
   *
   * @param instanceId this instance
   * @param requestsPerMinute the Discogs requests it spends a minute
   * @param now the time of the heartbeat
   */
  public void heartbeat(String instanceId, int requestsPerMinute, Instant now) {
    if (AutoCommitSql.change(dataSource, "budget instance", "update budget_instances set requests_per_minute = ?,"
        + " seen_at = ? where instance_id = ?", requestsPerMinute, now, instanceId) == 0) {
      AutoCommitSql.change(dataSource, "budget instance", "insert into budget_instances (instance_id,"
          + " requests_per_minute, seen_at) values (?, ?, ?) on conflict do nothing", instanceId, requestsPerMinute, now);
    }
  }

  /**
   * This instance stops: it no longer counts.
   *
   * @param instanceId this instance
   */
  public void leave(String instanceId) {
    AutoCommitSql.change(dataSource, "budget instance", "delete from budget_instances where instance_id = ?", instanceId);
  }

  /**
   * The request rates of the instances seen at or after {@code since}; older rows are purged.
   *
   * @param since the oldest heartbeat that counts
   * @return the live instances' requests a minute
   */
  public List<Integer> liveRates(Instant since) {
    AutoCommitSql.change(dataSource, "budget instances", "delete from budget_instances where seen_at < ?", since);
    return AutoCommitSql.query(dataSource, "budget instances",
        "select requests_per_minute from budget_instances where seen_at >= ?", row -> row.getInt(1), since);
  }

  /**
   * Records how many pressings a master entry's master has.
   *
   * @param entryId the master entry
   * @param total its master's number of releases
   */
  public void saveVersionsTotal(UUID entryId, int total) {
    if (AutoCommitSql.change(dataSource, "master versions", "update master_versions set versions_total = ?"
        + " where entry_id = ?", total, entryId) == 0) {
      AutoCommitSql.change(dataSource, "master versions", "insert into master_versions (entry_id, versions_total)"
          + " values (?, ?) on conflict do nothing", entryId, total);
    }
  }

  /**
   * The known version counts of these entries.
   *
   * @param entryIds master entries
   * @return the number of releases of each entry's master, for those recorded
   */
  public Map<UUID, Integer> versionsTotals(List<UUID> entryIds) {
    Map<UUID, Integer> totals = new HashMap<>();
    if (entryIds.isEmpty()) {
      return totals;
    }
    AutoCommitSql.query(dataSource, "master versions", "select entry_id, versions_total from master_versions"
        + " where entry_id in (" + Sql.placeholders(entryIds.size()) + ")", row -> {
          totals.put(row.getObject(1, UUID.class), row.getInt(2));
          return null;
        }, entryIds.toArray());
    return totals;
  }
}
