package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The batched reads and writes of a monitoring cycle (issue 15), on H2 and on PostgreSQL. */
class CycleBatchesTest {

  private static final Instant T0 = Instant.parse("2026-12-01T10:00:00Z");
  private static final AtomicLong RELEASES = new AtomicLong(890_000);

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

    private WantedEntry entry(String owner) {
      ProvisioningEntryStore.ensureUser(context().getBean(UserStore.class), owner);
      WantedEntry entry = WantedEntry.forRelease(owner, RELEASES.incrementAndGet(), "A – T", Currency.EUR,
          AlertCriteria.none());
      context().getBean(JdbcWantedEntryStore.class).save(entry);
      return entry;
    }

    @Test
    void theStatesOfManyEntriesAreRecordedAtOnceAndADeletedEntryIsLeftAlone() {
      String owner = "batch-" + UUID.randomUUID();
      WantedEntry first = entry(owner);
      WantedEntry second = entry(owner);
      WantedEntry deleted = entry(owner);
      JdbcWantedEntryStore store = context().getBean(JdbcWantedEntryStore.class);
      store.softDelete(deleted.id());
      CheckState matched = new CheckState(EntryStatus.PRICE_MATCHED, T0, Money.of("7.50", "EUR"), 3, null);
      CheckState failed = new CheckState(EntryStatus.CHECK_FAILED, T0.plusSeconds(1), null, null, "HTTP 502");

      context().getBean(JdbcEntryChecks.class).recordAll(Map.of(first.id(), matched, second.id(), failed,
          deleted.id(), matched));

      CheckState firstState = store.find(first.id()).orElseThrow().lastCheck();
      assertThat(firstState.status()).isEqualTo(EntryStatus.PRICE_MATCHED);
      assertThat(firstState.checkedAt()).isEqualTo(T0);
      assertThat(firstState.lowestPrice()).isEqualByComparingTo(Money.of("7.50", "EUR"));
      assertThat(firstState.numForSale()).isEqualTo(3);
      CheckState secondState = store.find(second.id()).orElseThrow().lastCheck();
      assertThat(secondState.status()).isEqualTo(EntryStatus.CHECK_FAILED);
      assertThat(secondState.message()).isEqualTo("HTTP 502");
      assertThat(secondState.lowestPrice()).isNull();
      assertThat(store.restore(deleted.id(), Instant.EPOCH)).isTrue();
      assertThat(store.find(deleted.id()).orElseThrow().lastCheck()).isNull();
    }

    @Test
    void ownersAreReadByUsernameInOneGoAndUnknownOnesLeftOut() {
      UserStore users = context().getBean(UserStore.class);
      String ann = "ann-" + UUID.randomUUID();
      String bob = "bob-" + UUID.randomUUID();
      ProvisioningEntryStore.ensureUser(users, ann);
      ProvisioningEntryStore.ensureUser(users, bob);

      Map<String, UserAccount> found = users.findByUsernames(List.of(ann, bob, "nobody-" + UUID.randomUUID()));

      assertThat(found).containsOnlyKeys(ann, bob);
      assertThat(found.get(ann).discogsUsername()).isEqualTo(ann);
      assertThat(users.findByUsernames(List.of())).isEmpty();
    }
  }
}
