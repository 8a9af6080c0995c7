package io.waxalert.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.criteria.AlertType;
import io.waxalert.core.criteria.Criterion;
import io.waxalert.core.criteria.CriterionResult;
import io.waxalert.core.criteria.Verdict;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.SleeveCondition;
import io.waxalert.core.spi.NotificationLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link NotificationLog} must do (its deliveries are {@link AbstractAlertOutboxContractTest}'s).
 * Each test uses fresh entry ids, so a shared database also works. Implementations that need the
 * entry to exist first override {@link #entryFor}.
 */
public abstract class AbstractNotificationLogContractTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  protected NotificationLog log;

  protected abstract NotificationLog createLog();

  /** An entry id the log accepts alerts for; stores with foreign keys create the entry here. */
  protected UUID entryFor(String ownerId, long releaseId) {
    return UUID.randomUUID();
  }

  @BeforeEach
  void setUpLog() {
    log = createLog();
  }

  protected static Alert listingAlert(UUID entryId, String owner, long listingId, String price, Instant at) {
    return AlertTestData.anAlert().forEntry(entryId, owner).ofListing(listingId).withPrice(price, "EUR").at(at)
        .build();
  }

  protected static Alert statsAlert(UUID entryId, String owner, String price, Instant at) {
    return AlertTestData.anAlert().forEntry(entryId, owner).ofStats(price, "EUR").underpriced().at(at).build();
  }

  @Test
  void alertIsRecordedOncePerEntryAndListing() {
    String owner = "u-" + UUID.randomUUID();
    UUID entry = entryFor(owner, 249504);

    assertThat(log.recordIfNew(listingAlert(entry, owner, 77, "20.00", T0))).isTrue();
    assertThat(log.recordIfNew(listingAlert(entry, owner, 77, "15.00", T0.plusSeconds(60)))).isFalse();
    assertThat(log.recordIfNew(listingAlert(entry, owner, 78, "21.00", T0.plusSeconds(60)))).isTrue();

    assertThat(log.findByEntry(entry)).extracting(Alert::listingId).containsExactly(78L, 77L);
  }

  @Test
  void sameListingMayAlertTwoEntries() {
    String owner = "u-" + UUID.randomUUID();
    UUID first = entryFor(owner, 249504);
    UUID second = entryFor(owner + "-b", 249504);

    assertThat(log.recordIfNew(listingAlert(first, owner, 90, "20.00", T0))).isTrue();
    assertThat(log.recordIfNew(listingAlert(second, owner + "-b", 90, "20.00", T0))).isTrue();
  }

  @Test
  void recordedAlertKeepsItsFields() {
    String owner = "u-" + UUID.randomUUID();
    UUID entry = entryFor(owner, 249504);
    Alert alert = listingAlert(entry, owner, 91, "19.99", T0);
    log.recordIfNew(alert);

    Alert found = log.findByEntry(entry).get(0);
    assertThat(found.id()).isEqualTo(alert.id());
    assertThat(found.ownerId()).isEqualTo(owner);
    assertThat(found.releaseId()).isEqualTo(249504);
    assertThat(found.title()).isEqualTo(alert.title());
    assertThat(found.type()).isEqualTo(AlertType.PRICE_MATCHED);
    assertThat(found.listingKey()).isEqualTo("listing:91");
    assertThat(found.price().amount()).isEqualByComparingTo("19.99");
    assertThat(found.mediaCondition()).isEqualTo(MediaCondition.VERY_GOOD_PLUS);
    assertThat(found.sleeveCondition()).isEqualTo(SleeveCondition.GENERIC);
    assertThat(found.sellerName()).isEqualTo("goodshop");
    assertThat(found.sellerRating()).isEqualByComparingTo("99.5");
    assertThat(found.shipsFrom()).isEqualTo("Germany");
    assertThat(found.url()).isEqualTo("https://www.discogs.com/sell/item/91");
    assertThat(found.explain()).isEqualTo("max price (ok): 20.00 EUR is at most 25.00 EUR");
    assertThat(found.createdAt()).isEqualTo(T0);
    assertThat(found.shipping().amount()).isEqualByComparingTo("5.00");
    assertThat(found.shipping().currency()).isEqualTo(Currency.EUR);
    assertThat(found.sellerFeedback()).isEqualTo(1200);
  }

  @Test
  void verdictsKeepTheirFigures() {
    String owner = "u-" + UUID.randomUUID();
    UUID entry = entryFor(owner, 249504);
    Alert alert = AlertTestData.anAlert().forEntry(entry, owner).ofListing(96).withVerdicts(
        new CriterionResult(Criterion.MAX_PRICE, Verdict.PASSED, "20.00 USD (17.36 EUR)", "at most 25.00 EUR",
            "20.00 USD (17.36 EUR) is at most 25.00 EUR"),
        new CriterionResult(Criterion.SELLER_RATING, Verdict.NOT_JUDGED, null, "at least 98.5 %",
            "rating unknown against minimum 98.5 %"),
        new CriterionResult(Criterion.SLEEVE_CONDITION, Verdict.FAILED, "G", "at least VG",
            "G against minimum VG")).at(T0).build();
    log.recordIfNew(alert);

    assertThat(log.findByEntry(entry).get(0).verdicts()).containsExactlyElementsOf(alert.verdicts());
  }

  @Test
  void statsAlertHasNoListingFacts() {
    String owner = "u-" + UUID.randomUUID();
    UUID entry = entryFor(owner, 249504);
    log.recordIfNew(statsAlert(entry, owner, "12.00", T0));

    Alert found = log.findByEntry(entry).get(0);
    assertThat(found.isStatsAlert()).isTrue();
    assertThat(found.type()).isEqualTo(AlertType.UNDERPRICED);
    assertThat(found.shipping()).isNull();
    assertThat(found.mediaCondition()).isNull();
    assertThat(found.sellerName()).isNull();
    assertThat(found.sellerFeedback()).isNull();
  }

  @Test
  void ownerSeesAllTheirAlertsNewestFirstAndNobodyElses() {
    String owner = "u-" + UUID.randomUUID();
    UUID first = entryFor(owner, 249504);
    UUID second = entryFor(owner, 1234);
    UUID someoneElses = entryFor(owner + "-x", 249504);
    log.recordIfNew(listingAlert(first, owner, 104, "20.00", T0));
    log.recordIfNew(listingAlert(second, owner, 105, "20.00", T0.plusSeconds(60)));
    log.recordIfNew(listingAlert(someoneElses, owner + "-x", 106, "20.00", T0.plusSeconds(120)));

    assertThat(log.findByOwner(owner)).extracting(Alert::listingId).containsExactly(105L, 104L);
  }

  @Test
  void lastStatsAlertPriceIsTheMostRecentStatsAlert() {
    String owner = "u-" + UUID.randomUUID();
    UUID entry = entryFor(owner, 249504);
    assertThat(log.lastStatsAlertPrice(entry)).isEmpty();

    log.recordIfNew(statsAlert(entry, owner, "30.00", T0));
    log.recordIfNew(statsAlert(entry, owner, "25.00", T0.plusSeconds(3600)));
    log.recordIfNew(listingAlert(entry, owner, 93, "10.00", T0.plusSeconds(7200)));

    assertThat(log.lastStatsAlertPrice(entry).orElseThrow().amount()).isEqualByComparingTo("25.00");
  }

  @Test
  void deletingAnEntrysAlertsForgetsThem() {
    String owner = "u-" + UUID.randomUUID();
    UUID entry = entryFor(owner, 249504);
    log.recordIfNew(listingAlert(entry, owner, 94, "20.00", T0));

    log.deleteByEntry(entry);

    assertThat(log.findByEntry(entry)).isEmpty();
    assertThat(log.findByOwner(owner)).isEmpty();
  }

  @Test
  void concurrentRecordingOfTheSameListingRecordsItOnce() throws Exception {
    String owner = "u-" + UUID.randomUUID();
    UUID entry = entryFor(owner, 249504);
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        results.add(pool.submit(() -> {
          start.await();
          return log.recordIfNew(listingAlert(entry, owner, 95, "20.00", T0));
        }));
      }
      start.countDown();
      int recorded = 0;
      for (Future<Boolean> result : results) {
        recorded += result.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(recorded).isEqualTo(1);
      assertThat(log.findByEntry(entry)).hasSize(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
