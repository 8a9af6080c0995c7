package io.waxalert.persistence;

import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import io.waxalert.persistence.internal.AutoCommitSql;
import io.waxalert.persistence.internal.Columns;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * The {@code entry_release_checks} table: per entry and watched release, that release's latest
 * outcome, so a master entry's state combines all of its releases (each checked in its own fetch,
 * perhaps on another instance). Thread-safe.
 */
@Singleton
public class JdbcEntryReleaseChecks {

  private final DataSource dataSource;

  JdbcEntryReleaseChecks(DataSource dataSource) {
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
  }

  /**
   * Records the release's outcome for the entry; nothing when the entry was deleted meanwhile.
   *
   * @param entryId the entry
   * @param releaseId one of the releases it watches
   * @param state the outcome of checking that release
   */
  public void record(UUID entryId, long releaseId, CheckState state) {
    Money lowest = state.lowestPrice();
    Object[] values = {state.status().wireName(), state.checkedAt(),
        lowest == null ? null : Columns.cents(lowest.amount()), lowest == null ? null : lowest.currency().name(),
        state.numForSale(), state.message()};
    int updated = AutoCommitSql.change(dataSource, "entry release check", "update entry_release_checks set status = ?,"
        + " checked_at = ?, lowest_price = ?, lowest_price_currency = ?, num_for_sale = ?, check_message = ?"
        + " where entry_id = ? and release_id = ?", concat(values, entryId, releaseId));
    if (updated == 0) {
      try {
        AutoCommitSql.change(dataSource, "entry release check", "insert into entry_release_checks (status, checked_at,"
            + " lowest_price, lowest_price_currency, num_for_sale, check_message, entry_id, release_id)"
            + " select ?, ?, ?, ?, ?, ?, id, ? from wanted_list_entries where id = ? on conflict do nothing",
            values[0], values[1], values[2], values[3], values[4], values[5], releaseId, entryId);
      } catch (IllegalStateException e) {
        if (!Columns.isUniqueViolation(e)) {
          throw e; // else: a concurrent insert of the same row won; the outcomes are equivalent
        }
      }
    }
  }

  /**
   * The entry's latest outcome per release.
   *
   * @param entryId the entry
   * @return its latest check state, by release id
   */
  public Map<Long, CheckState> find(UUID entryId) {
    Map<Long, CheckState> byRelease = new HashMap<>();
    AutoCommitSql.query(dataSource, "entry release checks", "select * from entry_release_checks where entry_id = ?",
        row -> {
          BigDecimal amount = row.getBigDecimal("lowest_price");
          String currency = row.getString("lowest_price_currency");
          Integer count = row.getObject("num_for_sale", Integer.class);
          byRelease.put(row.getLong("release_id"), new CheckState(EntryStatus.fromWireName(row.getString("status")),
              io.waxalert.persistence.internal.Sql.instant(row, "checked_at"),
              amount == null || currency == null ? null : Money.of(amount, Currency.valueOf(currency.trim())),
              count, row.getString("check_message")));
          return null;
        }, entryId);
    return byRelease;
  }

  private static Object[] concat(Object[] values, Object... more) {
    Object[] all = java.util.Arrays.copyOf(values, values.length + more.length);
    System.arraycopy(more, 0, all, values.length, more.length);
    return all;
  }
}
