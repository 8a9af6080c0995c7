package io.waxalert.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.entry.CheckState;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.core.model.ReleaseRef;
import io.waxalert.core.spi.DuplicateEntryException;
import io.waxalert.core.spi.WantedEntryStore;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link WantedEntryStore} must do. Extend it with a fresh, empty store per test; each
 * test uses its own owner ids, so a shared database also works.
 */
public abstract class AbstractWantedEntryStoreContractTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  protected WantedEntryStore store;
  private String owner;

  /** A store to test; may hold data of other tests, never of this test's owners. */
  protected abstract WantedEntryStore createStore();

  @BeforeEach
  void setUpStore() {
    store = createStore();
    owner = "collector-" + UUID.randomUUID();
  }

  protected static AlertCriteria richCriteria() {
    return AlertCriteria.builder()
        .maxPrice(Money.of("25.00", "EUR"))
        .minMediaCondition(MediaCondition.VERY_GOOD_PLUS)
        .minSleeveCondition(MediaCondition.VERY_GOOD)
        .shipsFrom(new ShipsFromFilter(Set.of("Germany", "France"), Set.of("Russia")))
        .minSellerRating(new BigDecimal("98.5"))
        .minSellerFeedback(50)
        .underpricedPercent(30)
        .blockedSellers(Set.of("badshop"))
        .build();
  }

  @Test
  void savedEntryIsFoundWithEveryField() {
    WantedEntry entry = WantedEntry.forRelease(owner, 249504, "Rick Astley – Never Gonna Give You Up",
        Currency.EUR, richCriteria());
    store.save(entry);

    WantedEntry found = store.find(entry.id()).orElseThrow();
    assertThat(found.ownerId()).isEqualTo(owner);
    assertThat(found.target()).isEqualTo(ReleaseRef.release(249504));
    assertThat(found.releaseIds()).containsExactly(249504L);
    assertThat(found.title()).isEqualTo("Rick Astley – Never Gonna Give You Up");
    assertThat(found.currency()).isEqualTo(Currency.EUR);
    assertThat(found.active()).isTrue();
    assertThat(found.lastCheck()).isNull();
    AlertCriteria criteria = found.criteria();
    assertThat(criteria.maxPrice().amount()).isEqualByComparingTo("25.00");
    assertThat(criteria.maxPrice().currency()).isEqualTo(Currency.EUR);
    assertThat(criteria.minMediaCondition()).isEqualTo(MediaCondition.VERY_GOOD_PLUS);
    assertThat(criteria.minSleeveCondition()).isEqualTo(MediaCondition.VERY_GOOD);
    assertThat(criteria.shipsFrom().onlyFrom()).containsExactlyInAnyOrder("Germany", "France");
    assertThat(criteria.shipsFrom().notFrom()).containsExactly("Russia");
    assertThat(criteria.minSellerRating()).isEqualByComparingTo("98.5");
    assertThat(criteria.minSellerFeedback()).isEqualTo(50);
    assertThat(criteria.underpricedPercent()).isEqualTo(30);
    assertThat(criteria.blockedSellers()).containsExactly("badshop");
  }

  @Test
  void masterEntryKeepsItsReleases() {
    WantedEntry entry = new WantedEntry(UUID.randomUUID(), owner, ReleaseRef.master(96559),
        List.of(249504L, 1234L), "Rick Astley – Never Gonna Give You Up", Currency.USD,
        AlertCriteria.none(), true, null);
    store.save(entry);

    WantedEntry found = store.find(entry.id()).orElseThrow();
    assertThat(found.target()).isEqualTo(ReleaseRef.master(96559));
    assertThat(found.releaseIds()).containsExactlyInAnyOrder(249504L, 1234L);
  }

  @Test
  void secondEntryForTheSameReleaseOfTheSameOwnerIsRefused() {
    store.save(WantedEntry.forRelease(owner, 1001, "A", Currency.EUR, AlertCriteria.none()));

    assertThatThrownBy(() -> store.save(WantedEntry.forRelease(owner, 1001, "A", Currency.EUR, AlertCriteria.none())))
        .isInstanceOf(DuplicateEntryException.class);
    assertThat(store.findByOwner(owner)).hasSize(1);
  }

  @Test
  void twoOwnersMayWantTheSameRelease() {
    String other = owner + "-other";
    store.save(WantedEntry.forRelease(owner, 1002, "A", Currency.EUR, AlertCriteria.none()));
    store.save(WantedEntry.forRelease(other, 1002, "A", Currency.GBP, AlertCriteria.none()));

    assertThat(store.findByOwner(owner)).hasSize(1);
    assertThat(store.findByOwner(other)).hasSize(1);
  }

  @Test
  void savingAgainReplacesTheEntry() {
    WantedEntry entry = WantedEntry.forRelease(owner, 1003, "A", Currency.EUR, AlertCriteria.none());
    store.save(entry);
    store.save(entry.withActive(false).withCriteria(AlertCriteria.builder().underpricedPercent(40).build()));

    WantedEntry found = store.find(entry.id()).orElseThrow();
    assertThat(found.active()).isFalse();
    assertThat(found.criteria().underpricedPercent()).isEqualTo(40);
    assertThat(found.criteria().maxPrice()).isNull();
  }

  @Test
  void ownerSeesOnlyOwnEntries() {
    store.save(WantedEntry.forRelease(owner, 1004, "A", Currency.EUR, AlertCriteria.none()));
    store.save(WantedEntry.forRelease(owner + "-x", 1005, "B", Currency.EUR, AlertCriteria.none()));

    assertThat(store.findByOwner(owner)).extracting(WantedEntry::title).containsExactly("A");
  }

  @Test
  void recordedCheckIsKept() {
    WantedEntry entry = WantedEntry.forRelease(owner, 1006, "A", Currency.EUR, AlertCriteria.none());
    store.save(entry);
    store.recordCheck(entry.id(), new CheckState(EntryStatus.CHECK_FAILED, T0, Money.of("12.50", "EUR"), 4,
        "blocked page"));

    CheckState state = store.find(entry.id()).orElseThrow().lastCheck();
    assertThat(state.status()).isEqualTo(EntryStatus.CHECK_FAILED);
    assertThat(state.checkedAt()).isEqualTo(T0);
    assertThat(state.lowestPrice().amount()).isEqualByComparingTo("12.50");
    assertThat(state.numForSale()).isEqualTo(4);
    assertThat(state.message()).isEqualTo("blocked page");
  }

  @Test
  void recordingACheckOfADeletedEntryDoesNothing() {
    WantedEntry entry = WantedEntry.forRelease(owner, 1007, "A", Currency.EUR, AlertCriteria.none());
    store.save(entry);
    assertThat(store.delete(entry.id())).isTrue();

    store.recordCheck(entry.id(), new CheckState(EntryStatus.MONITORING, T0, null, null, null));

    assertThat(store.find(entry.id())).isEmpty();
    assertThat(store.delete(entry.id())).isFalse();
  }

  @Test
  void dueEntriesAreActiveAndNotCheckedSinceTheCutoffLeastRecentFirst() {
    WantedEntry never = WantedEntry.forRelease(owner, 2001, "never", Currency.EUR, AlertCriteria.none());
    WantedEntry old = WantedEntry.forRelease(owner, 2002, "old", Currency.EUR, AlertCriteria.none());
    WantedEntry fresh = WantedEntry.forRelease(owner, 2003, "fresh", Currency.EUR, AlertCriteria.none());
    WantedEntry paused = WantedEntry.forRelease(owner, 2004, "paused", Currency.EUR, AlertCriteria.none())
        .withActive(false);
    List.of(never, old, fresh, paused).forEach(store::save);
    store.recordCheck(old.id(), new CheckState(EntryStatus.MONITORING, T0.minusSeconds(7200), null, null, null));
    store.recordCheck(fresh.id(), new CheckState(EntryStatus.MONITORING, T0, null, null, null));

    List<WantedEntry> due = store.findDue(T0.minusSeconds(3600), 10_000).stream()
        .filter(e -> e.ownerId().equals(owner)).toList();

    assertThat(due).extracting(WantedEntry::title).containsExactly("never", "old");
  }

  @Test
  void dueEntriesRespectTheLimit() {
    for (int i = 0; i < 5; i++) {
      store.save(WantedEntry.forRelease(owner, 3000 + i, "e" + i, Currency.EUR, AlertCriteria.none()));
    }
    assertThat(store.findDue(T0, 3)).hasSize(3);
  }
}
