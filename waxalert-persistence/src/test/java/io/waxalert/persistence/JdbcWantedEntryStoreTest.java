package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.core.testing.AbstractWantedEntryStoreContractTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The core's store contract, and what the table adds to it, on H2 and on PostgreSQL. */
class JdbcWantedEntryStoreTest {

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

  abstract static class Cases extends AbstractWantedEntryStoreContractTest {

    abstract ApplicationContext context();

    @Override
    protected WantedEntryStore createStore() {
      return new ProvisioningEntryStore(context());
    }

    private JdbcWantedEntryStore jdbc() {
      return context().getBean(JdbcWantedEntryStore.class);
    }

    private static String newOwner() {
      return "collector-" + UUID.randomUUID();
    }

    @Test
    void secondEntryForTheSameMasterOfTheSameOwnerIsRefused() {
      String owner = newOwner();
      store.save(masterEntry(owner, 96559));

      assertThatThrownBy(() -> store.save(masterEntry(owner, 96559)))
          .isInstanceOf(DuplicateEntryException.class);
      assertThat(store.findByOwner(owner)).hasSize(1);
    }

    @Test
    void countsActiveEntriesOnly() {
      String owner = newOwner();
      long before = jdbc().countActive();
      store.save(WantedEntry.forRelease(owner, 7001, "A", Currency.EUR, AlertCriteria.none()));
      store.save(WantedEntry.forRelease(owner, 7002, "B", Currency.EUR, AlertCriteria.none()).withActive(false));

      assertThat(jdbc().countActive()).isEqualTo(before + 1);
    }

    @Test
    void entryOfAnUnknownUserIsRefused() {
      WantedEntry entry = WantedEntry.forRelease(newOwner(), 1, "A", Currency.EUR, AlertCriteria.none());

      assertThatThrownBy(() -> jdbc().save(entry)).isInstanceOf(IllegalArgumentException.class);
      assertThat(jdbc().find(entry.id())).isEmpty();
    }

    @Test
    void metadataIsKeptWhenTheEntryIsSavedAgain() {
      WantedEntry entry = WantedEntry.forRelease(newOwner(), 249504, "Rick Astley – Never Gonna Give You Up",
          Currency.EUR, AlertCriteria.none());
      store.save(entry);
      ReleaseMetadata metadata = new ReleaseMetadata("Never Gonna Give You Up", "Rick Astley", 1987,
          "Vinyl, 7\", Single", "https://i.discogs.com/cover.jpg", null);

      assertThat(jdbc().findStored(entry.id())).map(StoredEntry::metadata).contains(ReleaseMetadata.none());
      assertThat(jdbc().saveMetadata(entry.id(), metadata)).isTrue();
      store.save(entry.withActive(false));

      assertThat(jdbc().findStored(entry.id())).map(StoredEntry::metadata).contains(metadata);
      assertThat(jdbc().saveMetadata(UUID.randomUUID(), metadata)).isFalse();
    }

    @Test
    void storedEntriesCarryTheirMetadataAndTimesAndKeepTheCreationTime() throws InterruptedException {
      String owner = newOwner();
      WantedEntry first = WantedEntry.forRelease(owner, 249504, "A", Currency.EUR, AlertCriteria.none());
      WantedEntry second = WantedEntry.forRelease(owner, 1234, "B", Currency.EUR, AlertCriteria.none());
      store.save(first);
      Thread.sleep(5);
      store.save(second);
      ReleaseMetadata metadata = new ReleaseMetadata("B", "Someone", 1990, "CD", null, null);
      jdbc().saveMetadata(second.id(), metadata);
      StoredEntry created = jdbc().findStored(first.id()).orElseThrow();
      Thread.sleep(5);

      store.save(first.withActive(false));

      StoredEntry changed = jdbc().findStored(first.id()).orElseThrow();
      assertThat(changed.entry().active()).isFalse();
      assertThat(changed.createdAt()).isEqualTo(created.createdAt());
      assertThat(changed.updatedAt()).isAfter(created.updatedAt());
      assertThat(jdbc().findStoredByOwner(owner)).extracting(s -> s.entry().id(), StoredEntry::metadata)
          .containsExactly(tuple(first.id(), ReleaseMetadata.none()), tuple(second.id(), metadata));
      assertThat(jdbc().findStored(UUID.randomUUID())).isEmpty();
      assertThat(jdbc().findStoredByOwner(owner + "-nobody")).isEmpty();
    }

    @Test
    void unroundedPricesAreStoredRoundedHalfUpToCents() {
      AlertCriteria criteria = AlertCriteria.builder()
          .maxPrice(Money.of("7.675", "EUR")).minSellerRating(new BigDecimal("99.125")).build();
      WantedEntry entry = WantedEntry.forRelease(newOwner(), 5001, "A", Currency.EUR, criteria);
      store.save(entry);
      store.recordCheck(entry.id(), new CheckState(EntryStatus.MONITORING,
          Instant.parse("2026-11-20T10:00:00Z"), Money.of("7.679804607882764", "EUR"), 2, null));

      WantedEntry found = store.find(entry.id()).orElseThrow();
      assertThat(found.criteria().maxPrice().amount()).isEqualByComparingTo("7.68");
      assertThat(found.criteria().minSellerRating()).isEqualByComparingTo("99.13");
      assertThat(found.lastCheck().lowestPrice().amount()).isEqualByComparingTo("7.68");
    }

    @Test
    void checkInstantsAreKeptToTheMicrosecond() {
      WantedEntry entry = WantedEntry.forRelease(newOwner(), 5002, "A", Currency.EUR, AlertCriteria.none());
      store.save(entry);
      store.recordCheck(entry.id(), new CheckState(EntryStatus.NO_LISTINGS,
          Instant.parse("2026-11-20T10:00:00.123456789Z"), null, 0, null));

      assertThat(store.find(entry.id()).orElseThrow().lastCheck().checkedAt())
          .isEqualTo(Instant.parse("2026-11-20T10:00:00.123456Z"));
    }

    @Test
    void deletingTheUserDeletesTheirEntries() {
      String owner = newOwner();
      WantedEntry entry = WantedEntry.forRelease(owner, 5003, "A", Currency.EUR, AlertCriteria.none());
      store.save(entry);
      UserStore users = context().getBean(UserStore.class);

      assertThat(users.delete(users.findByUsername(owner).orElseThrow().id())).isTrue();

      assertThat(store.find(entry.id())).isEmpty();
      assertThat(store.findByOwner(owner)).isEmpty();
    }

    private static WantedEntry masterEntry(String owner, long masterId) {
      return new WantedEntry(UUID.randomUUID(), owner, ReleaseRef.master(masterId), List.of(1L, 2L),
          "Rick Astley – Never Gonna Give You Up", Currency.EUR, AlertCriteria.none(), true, null);
    }
  }
}
