package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MarketStats;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseRef;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The Discogs budget's tables (migration V10) on H2 and on PostgreSQL. */
class BudgetTablesTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final AtomicLong RELEASES = new AtomicLong(880_000);

  @Nested
  class OnH2 extends Cases {
    @Override
    ApplicationContext context() {
      return TestDatabases.h2();
    }
  }

  @Nested
  class OnPostgres extends Cases {
    @Override
    ApplicationContext context() {
      return TestDatabases.postgres();
    }
  }

  abstract static class Cases {

    abstract ApplicationContext context();

    private WantedEntry entry(String owner, long release) {
      ProvisioningEntryStore.ensureUser(context().getBean(UserStore.class), owner);
      WantedEntry entry = WantedEntry.forRelease(owner, release, "A – T", Currency.EUR, AlertCriteria.none());
      context().getBean(JdbcWantedEntryStore.class).save(entry);
      return entry;
    }

    @Test
    void aFailedFetchKeepsTheLastPricesAndMovesTheAttemptTime() {
      JdbcReleaseMarkets markets = context().getBean(JdbcReleaseMarkets.class);
      long release = RELEASES.incrementAndGet();

      markets.record(ReleaseMarket.fetched(new MarketStats(release, Money.of("12.3456", "EUR"), 4, false), Currency.EUR, T0));
      markets.record(ReleaseMarket.failed(release, Currency.USD, T0.plusSeconds(60), false, "HTTP 502"));

      ReleaseMarket market = markets.find(release).orElseThrow();
      assertThat(market.fetchedAt()).isEqualTo(T0.plusSeconds(60));
      assertThat(market.succeeded()).isFalse();
      assertThat(market.failure()).isEqualTo("HTTP 502");
      assertThat(market.lowestPrice()).isEqualByComparingTo(Money.of("12.3456", "EUR"));
      assertThat(market.numForSale()).isEqualTo(4);
      assertThat(market.stats()).isEmpty();
      assertThat(markets.all()).containsKey(release);
    }

    @Test
    void releaseOutcomesOfAnEntryAreKeptPerReleaseAndGoWithTheEntry() {
      JdbcEntryReleaseChecks checks = context().getBean(JdbcEntryReleaseChecks.class);
      String owner = "master-" + UUID.randomUUID();
      ProvisioningEntryStore.ensureUser(context().getBean(UserStore.class), owner);
      WantedEntry master = new WantedEntry(UUID.randomUUID(), owner, ReleaseRef.master(RELEASES.incrementAndGet()),
          List.of(11L, 12L), "M", Currency.EUR, AlertCriteria.none(), true, null);
      context().getBean(JdbcWantedEntryStore.class).save(master);

      checks.record(master.id(), 11, new CheckState(EntryStatus.MONITORING, T0, Money.of("5.00", "EUR"), 2, null));
      checks.record(master.id(), 12, new CheckState(EntryStatus.CHECK_FAILED, T0, null, null, "blocked"));
      checks.record(master.id(), 12, new CheckState(EntryStatus.NO_LISTINGS, T0.plusSeconds(1), null, 0, null));
      checks.record(UUID.randomUUID(), 11, new CheckState(EntryStatus.MONITORING, T0, null, null, null));

      Map<Long, CheckState> found = checks.find(master.id());
      assertThat(found).hasSize(2);
      assertThat(found.get(11L).lowestPrice()).isEqualByComparingTo(Money.of("5.00", "EUR"));
      assertThat(found.get(12L).status()).isEqualTo(EntryStatus.NO_LISTINGS);
      assertThat(context().getBean(JdbcWantedEntryStore.class).findActiveWatching(12)).extracting(WantedEntry::id)
          .contains(master.id());
      context().getBean(JdbcWantedEntryStore.class).delete(master.id());
      assertThat(checks.find(master.id())).isEmpty();
    }

    @Test
    void theLedgerAndTheLiveInstancesAreSharedState() {
      JdbcBudgetState state = context().getBean(JdbcBudgetState.class);
      String a = "a-" + UUID.randomUUID();
      String b = "b-" + UUID.randomUUID();

      state.saveLedger(Map.of("ann", 3L, "bob", 0L));
      state.heartbeat(a, 60, T0);
      state.heartbeat(b, 30, T0.plusSeconds(50));
      state.heartbeat(a, 60, T0.plusSeconds(55));

      assertThat(state.ledger()).containsExactlyInAnyOrderEntriesOf(Map.of("ann", 3L, "bob", 0L));
      assertThat(state.liveRates(T0.plusSeconds(40))).containsExactlyInAnyOrder(60, 30);
      state.leave(b);
      assertThat(state.liveRates(T0.plusSeconds(40))).containsExactly(60);
    }

    @Test
    void activeEntriesAndCountsPerOwner() {
      String owner = "counted-" + UUID.randomUUID();
      WantedEntry entry = entry(owner, RELEASES.incrementAndGet());
      JdbcWantedEntryStore store = context().getBean(JdbcWantedEntryStore.class);

      assertThat(store.countByOwner(owner)).isEqualTo(1);
      assertThat(store.findActiveStored()).extracting(s -> s.entry().id()).contains(entry.id());
      assertThat(store.findActiveWatching(entry.target().id())).extracting(WantedEntry::id).containsExactly(entry.id());
      store.save(entry.withActive(false));
      assertThat(store.findActiveWatching(entry.target().id())).isEmpty();
    }
  }
}
