package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.core.spi.WantedEntryStore;
import io.waxalert.core.testing.AbstractWantedEntryStoreContractTest;
import io.waxalert.core.testing.AlertTestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
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
    void pagesOfTheListComeInCreationOrderNeverOverlapSkipDeletedEntriesAndCarryTheTotal() throws InterruptedException {
      String owner = newOwner();
      List<UUID> ids = new java.util.ArrayList<>();
      for (int i = 0; i < 6; i++) {
        WantedEntry entry = WantedEntry.forRelease(owner, 8001 + i, "E" + i, Currency.EUR, AlertCriteria.none());
        store.save(entry);
        ids.add(entry.id());
        Thread.sleep(2);
      }
      jdbc().softDelete(ids.remove(5));
      List<UUID> newest = new java.util.ArrayList<>(ids);
      java.util.Collections.reverse(newest);

      StoredPage second = jdbc().findStoredByOwner(owner, 2, 2, false);
      StoredPage last = jdbc().findStoredByOwner(owner, 4, 10, false);
      StoredPage past = jdbc().findStoredByOwner(owner, 9, 2, false);
      StoredPage rest = jdbc().findStoredByOwner(owner, 1, null, false);
      StoredPage firstNewest = jdbc().findStoredByOwner(owner, 0, 3, true);
      StoredPage whole = jdbc().findStoredByOwner(owner, 0, 100, true);

      assertThat(jdbc().findStoredByOwner(owner)).extracting(s -> s.entry().id()).containsExactlyElementsOf(ids);
      assertThat(second.entries()).extracting(s -> s.entry().id()).containsExactlyElementsOf(ids.subList(2, 4));
      assertThat(second.total()).isEqualTo(5);
      assertThat(last.entries()).extracting(s -> s.entry().id()).containsExactly(ids.get(4));
      assertThat(past.entries()).isEmpty();
      assertThat(past.total()).isEqualTo(5);
      assertThat(rest.entries()).extracting(s -> s.entry().id()).containsExactlyElementsOf(ids.subList(1, 5));
      assertThat(rest.total()).isEqualTo(5);
      assertThat(firstNewest.entries()).extracting(s -> s.entry().id()).containsExactlyElementsOf(newest.subList(0, 3));
      assertThat(whole.entries()).extracting(s -> s.entry().id()).containsExactlyElementsOf(newest);
      assertThat(whole.total()).isEqualTo(5);
      assertThat(jdbc().findStoredByOwner(owner + "-nobody", 0, 10, false).total()).isZero();
      assertThatThrownBy(() -> jdbc().findStoredByOwner(owner, -1, 10, false))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theListReadsEveryColumnAsTheSingleEntryReadDoes() {
      String owner = newOwner();
      AlertCriteria criteria = AlertCriteria.builder()
          .maxPrice(Money.of("25.50", "USD"))
          .priceBasis(AlertCriteria.PriceBasis.ITEM_PLUS_SHIPPING)
          .unknownShipping(AlertCriteria.UnknownShipping.DO_NOT_JUDGE)
          .minMediaCondition(io.waxalert.core.model.MediaCondition.NEAR_MINT)
          .minSleeveCondition(io.waxalert.core.model.MediaCondition.VERY_GOOD_PLUS)
          .shipsFrom(new io.waxalert.core.criteria.ShipsFromFilter(Set.of("de", "nl"), Set.of("us")))
          .minSellerRating(new BigDecimal("98.50"))
          .minSellerFeedback(100)
          .underpricedPercent(20)
          .blockedSellers(Set.of("badseller"))
          .build();
      WantedEntry release = WantedEntry.forRelease(owner, 8101, "A – B", Currency.GBP, criteria).withActive(false);
      WantedEntry master = masterEntry(owner, 8102);
      store.save(release);
      store.save(master);
      jdbc().saveMetadata(release.id(), new ReleaseMetadata("B", "A", 1979, "Vinyl, LP", "https://i.discogs.com/c.jpg",
          null, "PB 41447"));
      jdbc().saveMetadata(master.id(), new ReleaseMetadata("M", "A", 1980, null, null, "Vinyl", null));
      store.recordCheck(release.id(), new CheckState(EntryStatus.PRICE_MATCHED, Instant.parse("2026-11-20T10:00:00Z"),
          Money.of("19.99", "USD"), 3, "cheap", Instant.parse("2026-11-20T09:58:00Z")));

      List<StoredEntry> listed = jdbc().findStoredByOwner(owner);

      assertThat(listed).containsExactly(jdbc().findStored(release.id()).orElseThrow(),
          jdbc().findStored(master.id()).orElseThrow());
      assertThat(store.findByOwner(owner)).containsExactly(store.find(release.id()).orElseThrow(),
          store.find(master.id()).orElseThrow());
      assertThat(listed.get(0).entry().criteria()).isEqualTo(store.find(release.id()).orElseThrow().criteria());
      assertThat(listed.get(0).entry().lastCheck().message()).isEqualTo("cheap");
      assertThat(listed.get(1).metadata().formatFilter()).isEqualTo("Vinyl");
    }

    @Test
    void aNewEntryIsAddedWithItsMetadataAndAnsweredExactlyAsItIsReadBack() {
      String owner = newOwner();
      store.save(WantedEntry.forRelease(owner, 1, "seed the user", Currency.EUR, AlertCriteria.none()));
      AlertCriteria criteria = AlertCriteria.builder().maxPrice(Money.of("7.675", "EUR"))
          .minSellerRating(new BigDecimal("99.125")).blockedSellers(Set.of("Someone")).build();
      WantedEntry old = WantedEntry.forRelease(owner, 8201, "A", Currency.EUR, AlertCriteria.none());
      store.save(old);
      jdbc().softDelete(old.id());
      WantedEntry entry = WantedEntry.forRelease(owner, 8201, "A – B", Currency.EUR, criteria);
      ReleaseMetadata metadata = new ReleaseMetadata("B", "A", 1979, "Vinyl, LP", null, null, "PB 41447");

      UserAccount account = context().getBean(UserStore.class).findByUsername(owner).orElseThrow();
      StoredEntry added = jdbc().add(account, entry, metadata);

      assertThat(jdbc().findStored(entry.id())).contains(added);
      assertThat(added.metadata()).isEqualTo(metadata);
      assertThat(added.entry().criteria().maxPrice().amount()).isEqualByComparingTo("7.68");
      assertThat(jdbc().findDeleted(old.id())).as("the deleted entry gave way").isEmpty();
      assertThatThrownBy(() -> jdbc().add(account, WantedEntry.forRelease(owner, 8201, "A", Currency.EUR,
          AlertCriteria.none()), ReleaseMetadata.none())).isInstanceOf(DuplicateEntryException.class);
      assertThatThrownBy(() -> jdbc().add(account, WantedEntry.forRelease(newOwner(), 8202, "A", Currency.EUR,
          AlertCriteria.none()), ReleaseMetadata.none())).isInstanceOf(IllegalArgumentException.class);
      assertThat(jdbc().countOf(account)).isEqualTo(jdbc().countByOwner(owner)).isEqualTo(2);
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

    @Test
    void aDeletedEntryIsHiddenEverywhereNeverDueAndRestoredWithItsHistory() {
      String owner = newOwner();
      WantedEntry entry = WantedEntry.forRelease(owner, 5004, "A", Currency.EUR, AlertCriteria.none());
      store.save(entry);
      JdbcNotificationLog log = context().getBean(JdbcNotificationLog.class);
      JdbcAlertOutbox outbox = context().getBean(JdbcAlertOutbox.class);
      Alert alert = AlertTestData.anAlert().forEntry(entry.id(), owner).ofListing(88).build();
      assertThat(log.recordIfNew(alert, Set.of("mail"))).isTrue();
      long active = jdbc().countActive();
      Instant beforeDelete = Instant.now().minusSeconds(1);

      assertThat(jdbc().softDelete(entry.id())).isTrue();

      assertThat(jdbc().softDelete(entry.id())).as("once").isFalse();
      assertThat(store.find(entry.id())).isEmpty();
      assertThat(store.findByOwner(owner)).isEmpty();
      assertThat(jdbc().findStored(entry.id())).isEmpty();
      assertThat(jdbc().findStoredByOwner(owner)).isEmpty();
      assertThat(store.findDue(Instant.now().plusSeconds(60), 100_000)).extracting(WantedEntry::id)
          .doesNotContain(entry.id());
      assertThat(jdbc().countActive()).isEqualTo(active - 1);
      assertThat(log.findByOwner(owner)).isEmpty();
      assertThat(outbox.dueFor(owner, Instant.now(), 10)).as("its deliveries wait").isEmpty();
      assertThat(log.recordIfNew(AlertTestData.anAlert().forEntry(entry.id(), owner).ofListing(89).build(),
          Set.of("mail"))).as("no new alert for a deleted entry").isFalse();
      store.recordCheck(entry.id(), new CheckState(EntryStatus.PRICE_MATCHED, Instant.now(), null, 1, null));
      assertThat(jdbc().findDeleted(entry.id())).hasValueSatisfying(deleted -> {
        assertThat(deleted.entry().ownerId()).isEqualTo(owner);
        assertThat(deleted.entry().lastCheck()).as("a check never lands on a deleted entry").isNull();
      });

      assertThat(jdbc().restore(entry.id(), Instant.now().plusSeconds(60))).as("after the window").isFalse();
      assertThat(jdbc().restore(entry.id(), beforeDelete)).isTrue();

      assertThat(store.find(entry.id())).isPresent();
      assertThat(jdbc().findDeleted(entry.id())).isEmpty();
      assertThat(log.findByOwner(owner)).extracting(Alert::id).containsExactly(alert.id());
      assertThat(outbox.dueFor(owner, Instant.now(), 10)).extracting(due -> due.alert().id()).containsExactly(alert.id());
      assertThat(jdbc().restore(entry.id(), beforeDelete)).as("only a deleted entry").isFalse();
    }

    @Test
    void purgingRemovesDeletedEntriesWithTheirNotificationsAndLeavesTheOthers() {
      String owner = newOwner();
      WantedEntry gone = WantedEntry.forRelease(owner, 5005, "A", Currency.EUR, AlertCriteria.none());
      WantedEntry kept = WantedEntry.forRelease(owner, 5006, "B", Currency.EUR, AlertCriteria.none());
      store.save(gone);
      store.save(kept);
      JdbcNotificationLog log = context().getBean(JdbcNotificationLog.class);
      log.recordIfNew(AlertTestData.anAlert().forEntry(gone.id(), owner).ofListing(90).build(), Set.of());
      jdbc().softDelete(gone.id());

      assertThat(jdbc().purgeDeleted(Instant.now().minusSeconds(60))).as("still in its window").isZero();
      assertThat(jdbc().purgeDeleted(Instant.now().plusSeconds(1))).isPositive();

      assertThat(jdbc().findDeleted(gone.id())).isEmpty();
      assertThat(log.findByEntry(gone.id())).isEmpty();
      assertThat(store.find(kept.id())).isPresent();
    }

    @Test
    void addingTheSameReleaseAgainWhileTheOldEntryIsDeletedReplacesIt() {
      String owner = newOwner();
      WantedEntry old = WantedEntry.forRelease(owner, 5007, "A", Currency.EUR, AlertCriteria.none());
      store.save(old);
      jdbc().softDelete(old.id());
      WantedEntry again = WantedEntry.forRelease(owner, 5007, "A", Currency.EUR, AlertCriteria.none());

      store.save(again);

      assertThat(store.findByOwner(owner)).extracting(WantedEntry::id).containsExactly(again.id());
      assertThat(jdbc().findDeleted(old.id())).isEmpty();
      assertThat(jdbc().restore(old.id(), Instant.now().minusSeconds(60))).isFalse();
    }

    @Test
    void theCatalogueNumberAndTheAgeOfTheMarketFiguresAreKept() {
      WantedEntry entry = WantedEntry.forRelease(newOwner(), 5008, "A", Currency.EUR, AlertCriteria.none());
      store.save(entry);
      jdbc().saveMetadata(entry.id(), new ReleaseMetadata("A", "B", 1990, "LP", null, null, "PB 41447"));
      Instant fetched = Instant.parse("2026-11-20T09:56:00Z");
      store.recordCheck(entry.id(), new CheckState(EntryStatus.MONITORING, Instant.parse("2026-11-20T10:00:00Z"),
          Money.of("9.00", "EUR"), 2, null, fetched));

      StoredEntry stored = jdbc().findStored(entry.id()).orElseThrow();
      assertThat(stored.metadata().catalogNumber()).isEqualTo("PB 41447");
      assertThat(stored.entry().lastCheck().marketFetchedAt()).isEqualTo(fetched);
      store.save(stored.entry().withActive(false));
      assertThat(jdbc().findStored(entry.id()).orElseThrow().entry().lastCheck().marketFetchedAt()).isEqualTo(fetched);
    }

    private static WantedEntry masterEntry(String owner, long masterId) {
      return new WantedEntry(UUID.randomUUID(), owner, ReleaseRef.master(masterId), List.of(1L, 2L),
          "Rick Astley – Never Gonna Give You Up", Currency.EUR, AlertCriteria.none(), true, null);
    }
  }
}
