package io.waxalert.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Delivery;
import io.waxalert.core.entry.DeliveryState;
import io.waxalert.core.spi.AlertOutbox.Due;
import io.waxalert.core.spi.AlertOutbox;
import io.waxalert.core.spi.NotificationLog;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link AlertOutbox} must do, together with the {@link NotificationLog} that records its
 * deliveries. Each test uses its own owners and entries and reads their deliveries only, so a shared
 * database also works. Implementations that need the entry to exist first override {@link #entryFor}.
 */
public abstract class AbstractAlertOutboxContractTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");
  private static final Instant NOW = T0.plusSeconds(10);
  private static final Set<String> MAIL_AND_WEBHOOK = Set.of("mail", "webhook");

  protected NotificationLog log;
  protected AlertOutbox outbox;
  private String owner;
  private UUID entry;

  protected abstract NotificationLog createLog();

  /** The outbox that holds the deliveries {@code log} records. */
  protected abstract AlertOutbox outboxOf(NotificationLog log);

  /** An entry id the log accepts alerts for; stores with foreign keys create the entry here. */
  protected UUID entryFor(String ownerId, long releaseId) {
    return UUID.randomUUID();
  }

  @BeforeEach
  void setUpOutbox() {
    log = createLog();
    outbox = outboxOf(log);
    owner = "o-" + UUID.randomUUID();
    entry = entryFor(owner, 249504);
  }

  private Alert recorded(long listingId, Set<String> channels) {
    Alert alert = AlertTestData.anAlert().forEntry(entry, owner).ofListing(listingId).at(T0).build();
    assertThat(log.recordIfNew(alert, channels)).isTrue();
    return alert;
  }

  private List<Due> due(Instant at) {
    return outbox.dueFor(owner, at, 1_000);
  }

  private Delivery delivery(Alert alert, String channel) {
    return outbox.deliveries(List.of(alert.id())).getOrDefault(alert.id(), List.of()).stream()
        .filter(d -> d.channel().equals(channel)).findFirst().orElseThrow();
  }

  @Test
  void recordedAlertIsDueOnEachOfItsChannelsAndNoOther() {
    Alert alert = recorded(1, MAIL_AND_WEBHOOK);

    List<Due> due = due(NOW);

    assertThat(due).extracting(Due::channel).containsExactlyInAnyOrder("mail", "webhook");
    assertThat(due).allSatisfy(d -> {
      assertThat(d.alert().id()).isEqualTo(alert.id());
      assertThat(d.alert().verdicts()).isEqualTo(alert.verdicts());
      assertThat(d.attempts()).isZero();
      assertThat(d.queuedAt()).isEqualTo(T0);
      assertThat(d.lastError()).isNull();
    });
    assertThat(outbox.deliveries(List.of(alert.id())).get(alert.id()))
        .extracting(Delivery::state).containsOnly(DeliveryState.PENDING).hasSize(2);
  }

  @Test
  void alertRecordedWithoutChannelsHasNoDelivery() {
    Alert alert = recorded(2, Set.of());

    assertThat(due(NOW)).isEmpty();
    assertThat(outbox.deliveries(List.of(alert.id()))).isEmpty();
  }

  @Test
  void recordingTheSameListingAgainAddsNoDelivery() {
    recorded(3, MAIL_AND_WEBHOOK);

    Alert again = AlertTestData.anAlert().forEntry(entry, owner).ofListing(3).at(T0.plusSeconds(60)).build();
    assertThat(log.recordIfNew(again, Set.of("mail", "webhook", "telegram"))).isFalse();

    assertThat(due(NOW)).hasSize(2);
  }

  @Test
  void ofConcurrentClaimsOneWinsAndTheAttemptIsCounted() throws Exception {
    Alert alert = recorded(4, Set.of("mail"));
    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Boolean>> claims = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        claims.add(pool.submit(() -> {
          start.await();
          return outbox.claim(alert.id(), "mail", NOW, NOW.plusSeconds(300));
        }));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> claim : claims) {
        won += claim.get(30, TimeUnit.SECONDS) ? 1 : 0;
      }
      assertThat(won).isEqualTo(1);
    } finally {
      pool.shutdownNow();
    }
    assertThat(delivery(alert, "mail").attempts()).isEqualTo(1);
  }

  @Test
  void aClaimedDeliveryIsDueAgainOnlyWhenItsLeaseExpires() {
    Alert alert = recorded(5, Set.of("mail"));

    assertThat(outbox.claim(alert.id(), "mail", NOW, NOW.plusSeconds(300))).isTrue();

    assertThat(due(NOW.plusSeconds(299))).isEmpty();
    assertThat(outbox.claim(alert.id(), "mail", NOW.plusSeconds(299), NOW.plusSeconds(600))).isFalse();
    // the claimer crashed: its lease expired, another sender takes the delivery over
    assertThat(due(NOW.plusSeconds(300))).singleElement().satisfies(d -> assertThat(d.attempts()).isEqualTo(1));
    assertThat(outbox.claim(alert.id(), "mail", NOW.plusSeconds(300), NOW.plusSeconds(600))).isTrue();
    assertThat(delivery(alert, "mail").attempts()).isEqualTo(2);
  }

  @Test
  void aSentDeliveryLeavesTheOutboxForGoodWithItsTime() {
    Alert alert = recorded(6, Set.of("mail"));
    outbox.claim(alert.id(), "mail", NOW, NOW.plusSeconds(300));

    outbox.markSent(alert.id(), "mail", NOW.plusSeconds(1));
    outbox.markSent(alert.id(), "mail", NOW.plusSeconds(99));
    outbox.markFailed(alert.id(), "mail", NOW.plusSeconds(5), "late failure");

    assertThat(due(NOW.plusSeconds(3600))).isEmpty();
    Delivery sent = delivery(alert, "mail");
    assertThat(sent.state()).isEqualTo(DeliveryState.SENT);
    assertThat(sent.sentAt()).isEqualTo(NOW.plusSeconds(1));
    assertThat(sent.isSent()).isTrue();
  }

  @Test
  void aFailedDeliveryIsDueAgainAtItsNextAttemptWithTheError() {
    Alert alert = recorded(7, Set.of("mail"));
    outbox.claim(alert.id(), "mail", NOW, NOW.plusSeconds(300));

    outbox.markFailed(alert.id(), "mail", NOW.plusSeconds(60), "server down");

    assertThat(due(NOW.plusSeconds(59))).isEmpty();
    assertThat(due(NOW.plusSeconds(60))).singleElement().satisfies(d -> {
      assertThat(d.attempts()).isEqualTo(1);
      assertThat(d.lastError()).isEqualTo("server down");
    });
    Delivery failed = delivery(alert, "mail");
    assertThat(failed.state()).isEqualTo(DeliveryState.PENDING);
    assertThat(failed.nextAttemptAt()).isEqualTo(NOW.plusSeconds(60));
    assertThat(failed.sentAt()).isNull();
  }

  @Test
  void aGivenUpDeliveryIsUndeliverableWithItsReasonAndNeverDueAgain() {
    Alert alert = recorded(8, Set.of("mail"));
    outbox.claim(alert.id(), "mail", NOW, NOW.plusSeconds(300));

    outbox.giveUp(alert.id(), "mail", "gave up after 9 attempts over 3 days; last error: server down");
    outbox.markSent(alert.id(), "mail", NOW);

    assertThat(due(NOW.plusSeconds(86_400))).isEmpty();
    Delivery undeliverable = delivery(alert, "mail");
    assertThat(undeliverable.state()).isEqualTo(DeliveryState.UNDELIVERABLE);
    assertThat(undeliverable.lastError()).contains("gave up", "server down");
    assertThat(undeliverable.sentAt()).isNull();
  }

  @Test
  void aSkippedDeliveryIsRecordedWithItsReason() {
    Alert alert = recorded(9, Set.of("webhook"));

    outbox.skip(alert.id(), "webhook", "no webhook address");

    assertThat(due(NOW)).isEmpty();
    Delivery skipped = delivery(alert, "webhook");
    assertThat(skipped.state()).isEqualTo(DeliveryState.SKIPPED);
    assertThat(skipped.lastError()).isEqualTo("no webhook address");
  }

  @Test
  void channelsKeepTheirOwnState() {
    Alert alert = recorded(10, MAIL_AND_WEBHOOK);
    outbox.claim(alert.id(), "mail", NOW, NOW.plusSeconds(300));
    outbox.markSent(alert.id(), "mail", NOW);

    assertThat(due(NOW)).extracting(Due::channel).containsExactly("webhook");
    assertThat(delivery(alert, "webhook").state()).isEqualTo(DeliveryState.PENDING);
  }

  @Test
  void dueIsOldestFirstPerOwnerAndAcrossOwnersWithinTheLimit() {
    Alert old = recorded(11, Set.of("mail"));
    assertThat(log.recordIfNew(AlertTestData.anAlert().forEntry(entry, owner).ofListing(12)
        .at(T0.plusSeconds(5)).build(), Set.of("mail"))).isTrue();
    String other = owner + "-other";
    UUID othersEntry = entryFor(other, 249504);
    Alert theirs = AlertTestData.anAlert().forEntry(othersEntry, other).ofListing(13).at(T0.plusSeconds(2)).build();
    log.recordIfNew(theirs, Set.of("mail"));

    assertThat(due(NOW)).extracting(d -> d.alert().listingId()).containsExactly(11L, 12L);
    assertThat(outbox.dueFor(owner, NOW, 1)).extracting(d -> d.alert().id()).containsExactly(old.id());
    List<Long> everyones = outbox.due(NOW, 100_000).stream()
        .filter(d -> d.alert().ownerId().equals(owner) || d.alert().ownerId().equals(other))
        .map(d -> d.alert().listingId()).toList();
    assertThat(everyones).containsExactly(11L, 13L, 12L);
  }

  @Test
  void backlogCountsPendingDeliveriesDueOrNot() {
    long before = outbox.backlog();
    Alert alert = recorded(14, MAIL_AND_WEBHOOK);
    assertThat(outbox.backlog()).isEqualTo(before + 2);

    outbox.claim(alert.id(), "mail", NOW, NOW.plusSeconds(300));
    assertThat(outbox.backlog()).as("claimed is still pending").isEqualTo(before + 2);
    outbox.markSent(alert.id(), "mail", NOW);
    outbox.skip(alert.id(), "webhook", "no webhook address");

    assertThat(outbox.backlog()).isEqualTo(before);
  }

  @Test
  void deletingTheEntryForgetsItsDeliveries() {
    Alert alert = recorded(15, MAIL_AND_WEBHOOK);

    log.deleteByEntry(entry);

    assertThat(due(NOW)).isEmpty();
    assertThat(outbox.deliveries(List.of(alert.id()))).isEmpty();
  }

  @Test
  void deliveriesAreReadForSeveralAlertsAtOnce() {
    Alert first = recorded(16, MAIL_AND_WEBHOOK);
    Alert second = recorded(17, Set.of("mail"));
    Alert none = recorded(18, Set.of());

    Map<UUID, List<Delivery>> deliveries = outbox.deliveries(List.of(first.id(), second.id(), none.id()));

    assertThat(deliveries.get(first.id())).hasSize(2);
    assertThat(deliveries.get(second.id())).extracting(Delivery::channel).containsExactly("mail");
    assertThat(deliveries).doesNotContainKey(none.id());
  }

  @Test
  void claimingSeveralAtOnceWinsOnlyTheDueOnesOfThatChannel() {
    Alert first = recorded(20, MAIL_AND_WEBHOOK);
    Alert second = recorded(21, MAIL_AND_WEBHOOK);
    Alert leased = recorded(22, MAIL_AND_WEBHOOK);
    assertThat(outbox.claim(leased.id(), "mail", NOW, NOW.plusSeconds(300))).isTrue();

    Set<UUID> won = outbox.claimAll(List.of(first.id(), second.id(), leased.id()), "mail", NOW,
        NOW.plusSeconds(300));

    assertThat(won).containsExactlyInAnyOrder(first.id(), second.id());
    assertThat(delivery(first, "mail").attempts()).isEqualTo(1);
    assertThat(delivery(leased, "mail").attempts()).isEqualTo(1);
    assertThat(due(NOW)).extracting(Due::channel).containsOnly("webhook").hasSize(3);
    assertThat(outbox.claimAll(List.of(first.id(), second.id()), "mail", NOW, NOW.plusSeconds(300))).isEmpty();
  }

  @Test
  void markingSeveralSentClosesEachOnThatChannelOnly() {
    Alert first = recorded(23, MAIL_AND_WEBHOOK);
    Alert second = recorded(24, MAIL_AND_WEBHOOK);

    outbox.markSentAll(List.of(first.id(), second.id()), "mail", NOW);

    assertThat(List.of(delivery(first, "mail"), delivery(second, "mail")))
        .allSatisfy(d -> {
          assertThat(d.state()).isEqualTo(DeliveryState.SENT);
          assertThat(d.sentAt()).isEqualTo(NOW);
        });
    assertThat(delivery(first, "webhook").state()).isEqualTo(DeliveryState.PENDING);
  }

  @Test
  void skippingSeveralRecordsTheReasonOnEachAndLeavesClosedOnesAlone() {
    Alert first = recorded(25, MAIL_AND_WEBHOOK);
    Alert second = recorded(26, MAIL_AND_WEBHOOK);
    Alert sent = recorded(27, MAIL_AND_WEBHOOK);
    outbox.markSent(sent.id(), "webhook", NOW);

    outbox.skipAll(List.of(first.id(), second.id(), sent.id()), "webhook", "no webhook address");

    assertThat(List.of(delivery(first, "webhook"), delivery(second, "webhook"))).allSatisfy(d -> {
      assertThat(d.state()).isEqualTo(DeliveryState.SKIPPED);
      assertThat(d.lastError()).isEqualTo("no webhook address");
    });
    assertThat(delivery(sent, "webhook").state()).isEqualTo(DeliveryState.SENT);
    assertThat(due(NOW)).extracting(Due::channel).containsOnly("mail").hasSize(3);
  }
}
