package io.waxalert.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.TransactionOperations;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.model.Money;
import io.waxalert.persistence.internal.Columns;
import io.waxalert.persistence.internal.Sql;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records the check states of many entries at once, one JDBC batch in one transaction (issue 15): a
 * release's fetch records the state of every entry watching it, which one UPDATE each made the
 * cycle's largest share of statements. Same columns and rule as
 * {@link JdbcWantedEntryStore#recordCheck}: a deleted entry is left alone. Thread-safe.
 */
@Singleton
public class JdbcEntryChecks {

  private static final String RECORD = "update wanted_list_entries set status = ?, last_checked = ?,"
      + " lowest_price = ?, lowest_price_currency = ?, num_for_sale = ?, check_message = ?, market_fetched_at = ?,"
      + " updated_at = ? where id = ? and deleted_at is null";

  private final TransactionOperations<Connection> transactions;
  private final Clock clock;

  JdbcEntryChecks(TransactionOperations<Connection> transactions, @Nullable Clock clock) {
    this.transactions = transactions;
    this.clock = clock == null ? Clock.systemUTC() : clock;
  }

  /**
   * Records each entry's state.
   *
   * @param states the state to record, by entry id
   */
  public void recordAll(Map<UUID, CheckState> states) {
    if (states.isEmpty()) {
      return;
    }
    java.time.Instant now = clock.instant();
    List<Object[]> rows = new ArrayList<>(states.size());
    states.forEach((id, state) -> {
      Money lowest = state.lowestPrice();
      rows.add(new Object[] {state.status().wireName(), state.checkedAt(),
          lowest == null ? null : Columns.cents(lowest.amount()), lowest == null ? null : lowest.currency().name(),
          state.numForSale(), state.message(), state.marketFetchedAt(), now, id});
    });
    transactions.executeWrite(status -> Sql.batch(status.getConnection(), RECORD, rows));
  }
}
