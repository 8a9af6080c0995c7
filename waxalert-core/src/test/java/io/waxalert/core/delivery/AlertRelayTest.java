package io.waxalert.core.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Delivery;
import io.waxalert.core.entry.DeliveryState;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.inmemory.InMemoryNotificationLog;
import io.waxalert.core.inmemory.InMemoryRecipientDirectory;
import io.waxalert.core.model.Currency;
import io.waxalert.core.spi.AlertOutbox;
import io.waxalert.core.spi.Notifier;
import io.waxalert.core.testing.AlertTestData;
import io.waxalert.core.testing.MutableClock;
import io.waxalert.core.testing.RecordingNotifier;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AlertRelayTest {

  private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

  private final MutableClock clock = new MutableClock(T0);
  private final InMemoryNotificationLog log = new InMemoryNotificationLog();
  private final AlertOutbox outbox = log.outbox();
  private final InMemoryRecipientDirectory recipients = new InMemoryRecipientDirectory();
  private final RecordingNotifier mail = RecordingNotifier.digesting("mail");
  private final RecordingNotifier webhook = RecordingNotifier.single("webhook");
  private final List<RelayReport> reports = new ArrayList<>();

  private AlertRelay relay(Notifier... notifiers) {
    AlertRelay.Builder builder = AlertRelay.builder().outbox(outbox).recipients(recipients).clock(clock)
        .onReport(reports::add);
    for (Notifier notifier : notifiers) {
      builder.notifier(notifier);
    }
    return builder.build();
  }

  private void recipient(String owner, boolean digest, String... channelAndAddress) {
    Map<String, String> addresses = new java.util.HashMap<>();
    for (int i = 0; i + 1 < channelAndAddress.length; i += 2) {
      addresses.put(channelAndAddress[i], channelAndAddress[i + 1]);
    }
    recipients.put(new Recipient(owner, Currency.EUR, digest, addresses));
  }

  private Alert alert(String owner, long listing, Set<String> channels) {
    Alert alert = AlertTestData.anAlert().forEntry(UUID.randomUUID(), owner).ofListing(listing)
        .at(clock.instant()).build();
    log.recordIfNew(alert, channels);
    return alert;
  }

  /** What a notifier does with one message. */
  @FunctionalInterface
  private interface Send {
    void send(Recipient recipient, List<Alert> alerts) throws Exception;
  }

  /** A notifier of the mail channel that does {@code send} with each message. */
  private static Notifier onMail(Send send) {
    return new Notifier() {
      @Override
      public String channel() {
        return "mail";
      }

      @Override
      public void send(Recipient recipient, List<Alert> alerts) throws Exception {
        send.send(recipient, alerts);
      }
    };
  }

  private Delivery delivery(Alert alert, String channel) {
    return outbox.deliveries(List.of(alert.id())).get(alert.id()).stream()
        .filter(d -> d.channel().equals(channel)).findFirst().orElseThrow();
  }

  @Test
  void eachDueAlertIsDeliveredOnEveryChannelOnceAndCounted() {
    recipient("ann", false, "mail", "ann@example.org", "webhook", "https://hooks.example.org/ann");
    Alert first = alert("ann", 1, Set.of("mail", "webhook"));
    Alert second = alert("ann", 2, Set.of("mail", "webhook"));
    AlertRelay relay = relay(mail, webhook);

    RelayReport report = relay.relayDue();
    RelayReport again = relay.relayDue();

    assertThat(mail.delivered()).extracting(Alert::id).containsExactly(first.id(), second.id());
    assertThat(webhook.delivered()).extracting(Alert::id).containsExactly(first.id(), second.id());
    assertThat(mail.calls()).as("no digest wanted: one mail each").hasSize(2);
    assertThat(report.channel("mail").sent()).isEqualTo(2);
    assertThat(report.channel("webhook").sent()).isEqualTo(2);
    assertThat(report.delivered()).isEqualTo(2);
    assertThat(again.isEmpty()).isTrue();
    assertThat(reports).containsExactly(report, again);
    assertThat(delivery(first, "mail").sentAt()).isEqualTo(T0);
    assertThat(relay.backlog()).isZero();
    assertThat(relay.channels()).containsExactlyInAnyOrder("mail", "webhook");
  }

  @Test
  void aDigestRecipientGetsOneMessageWhereTheChannelDigestsAndOneEachElsewhere() {
    recipient("bob", true, "mail", "bob@example.org", "webhook", "https://hooks.example.org/bob");
    alert("bob", 1, Set.of("mail", "webhook"));
    alert("bob", 2, Set.of("mail", "webhook"));
    alert("bob", 3, Set.of("mail", "webhook"));

    RelayReport report = relay(mail, webhook).relayDue();

    assertThat(mail.calls()).singleElement().satisfies(call -> assertThat(call.alerts()).hasSize(3));
    assertThat(webhook.calls()).hasSize(3);
    assertThat(report.channel("mail").sent()).as("counted in alerts").isEqualTo(3);
  }

  @Test
  void aFailedDeliveryBacksOffDoublingUpToTheCapAndIsSentOnceTheChannelIsBack() {
    recipient("cat", false, "mail", "cat@example.org");
    Alert alert = alert("cat", 1, Set.of("mail"));
    AlertRelay relay = AlertRelay.builder().outbox(outbox).recipients(recipients).clock(clock).notifier(mail)
        .policy(RelayPolicy.builder().initialBackoff(Duration.ofMinutes(1)).maxBackoff(Duration.ofMinutes(5))
            .build()).build();
    mail.down(true);

    List<Instant> retries = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      assertThat(relay.relayDue().channel("mail").failed()).isEqualTo(1);
      Instant next = delivery(alert, "mail").nextAttemptAt();
      retries.add(next);
      assertThat(relay.relayDue().isEmpty()).as("nothing due before the retry").isTrue();
      clock.advance(Duration.between(clock.instant(), next));
    }
    mail.down(false);
    RelayReport delivered = relay.relayDue();

    assertThat(retries).containsExactly(T0.plus(Duration.ofMinutes(1)), T0.plus(Duration.ofMinutes(3)),
        T0.plus(Duration.ofMinutes(7)), T0.plus(Duration.ofMinutes(12)), T0.plus(Duration.ofMinutes(17)));
    assertThat(delivered.channel("mail").sent()).isEqualTo(1);
    assertThat(mail.delivered()).extracting(Alert::id).containsExactly(alert.id());
    assertThat(delivery(alert, "mail").attempts()).isEqualTo(6);
    assertThat(delivery(alert, "mail").lastError()).isEqualTo("mail server unavailable");
  }

  @Test
  void aDeliveryStillFailingAfterTheMaximumAgeIsGivenUpAndNeverMarkedSent() {
    recipient("dan", false, "mail", "dan@example.org");
    Alert alert = alert("dan", 1, Set.of("mail"));
    AlertRelay relay = relay(mail);
    mail.down(true);

    int attempts = 0;
    RelayReport last = null;
    while (delivery(alert, "mail").state() == DeliveryState.PENDING && attempts < 100) {
      last = relay.relayDue();
      attempts++;
      clock.advance(Duration.ofHours(6));
    }
    mail.down(false);
    RelayReport afterwards = relay.relayDue();

    Delivery given = delivery(alert, "mail");
    assertThat(given.state()).isEqualTo(DeliveryState.UNDELIVERABLE);
    assertThat(given.sentAt()).isNull();
    assertThat(given.lastError()).contains("gave up", "3 days", "mail server unavailable");
    assertThat(last.channel("mail").undeliverable()).isEqualTo(1);
    assertThat(attempts).as("six-hourly attempts over three days").isEqualTo(13);
    assertThat(afterwards.isEmpty()).isTrue();
    assertThat(mail.delivered()).isEmpty();
  }

  @Test
  void aChannelThatRefusesForGoodIsGivenUpAtOnce() {
    recipient("eve", false, "mail", "eve@example.org");
    Alert alert = alert("eve", 1, Set.of("mail"));
    mail.refusing(true);

    RelayReport report = relay(mail).relayDue();

    assertThat(report.channel("mail").undeliverable()).isEqualTo(1);
    assertThat(delivery(alert, "mail").state()).isEqualTo(DeliveryState.UNDELIVERABLE);
    assertThat(delivery(alert, "mail").lastError()).isEqualTo("refused: mail says: chat not found");
  }

  @Test
  void aRecipientWithoutAnAddressOnAChannelIsSkippedThereOnly() {
    recipient("fay", false, "mail", "fay@example.org");
    Alert alert = alert("fay", 1, Set.of("mail", "webhook"));

    RelayReport report = relay(mail, webhook).relayDue();

    assertThat(report.channel("mail").sent()).isEqualTo(1);
    assertThat(report.channel("webhook").skipped()).isEqualTo(1);
    assertThat(report.delivered()).isEqualTo(1);
    assertThat(delivery(alert, "webhook").state()).isEqualTo(DeliveryState.SKIPPED);
    assertThat(delivery(alert, "webhook").lastError()).isEqualTo("no webhook address");
    assertThat(webhook.calls()).isEmpty();
  }

  @Test
  void deliveriesOfAChannelThisServiceDoesNotHaveAreSkippedNotLeftForever() {
    recipient("gus", false, "mail", "gus@example.org", "telegram", "12345");
    Alert alert = alert("gus", 1, Set.of("mail", "telegram"));

    RelayReport report = relay(mail).relayDue();

    assertThat(report.channel("telegram").skipped()).isEqualTo(1);
    assertThat(delivery(alert, "telegram").lastError()).contains("not configured");
    assertThat(outbox.backlog()).isZero();
  }

  @Test
  void aDeletedRecipientsDeliveriesAreSkipped() {
    Alert alert = alert("gone", 1, Set.of("mail"));

    relay(mail).relayDue();

    assertThat(delivery(alert, "mail").state()).isEqualTo(DeliveryState.SKIPPED);
    assertThat(mail.calls()).isEmpty();
  }

  @Test
  void relayForAnOwnerDeliversOnlyTheirAlerts() {
    recipient("hal", false, "mail", "hal@example.org");
    recipient("ivy", false, "mail", "ivy@example.org");
    Alert hals = alert("hal", 1, Set.of("mail"));
    Alert ivys = alert("ivy", 2, Set.of("mail"));

    RelayReport report = relay(mail).relayFor("hal");

    assertThat(report.delivered()).isEqualTo(1);
    assertThat(mail.delivered()).extracting(Alert::id).containsExactly(hals.id());
    assertThat(delivery(ivys, "mail").state()).isEqualTo(DeliveryState.PENDING);
  }

  @Test
  void theScheduledPassLeavesTheAlertsOfAnOwnerWhoseCheckAllDeliversThemItself() {
    recipient("kim", false, "mail", "kim@example.org");
    recipient("lou", false, "mail", "lou@example.org");
    Alert kims = alert("kim", 1, Set.of("mail"));
    Alert lous = alert("lou", 2, Set.of("mail"));

    RelayReport scheduled = relay(mail).relayDueExcept("kim"::equals);
    RelayReport checkAll = relay(mail).relayFor("kim");

    assertThat(scheduled.delivered()).isEqualTo(1);
    assertThat(checkAll.delivered()).as("the check-all counts its own alert as notified").isEqualTo(1);
    assertThat(mail.delivered()).extracting(Alert::id).containsExactly(lous.id(), kims.id());
  }

  @Test
  void aDeliveryLeasedByACrashedRelayIsTakenOverAfterTheLease() {
    recipient("jay", false, "mail", "jay@example.org");
    Alert alert = alert("jay", 1, Set.of("mail"));
    // another relay claimed it and died before sending
    assertThat(outbox.claim(alert.id(), "mail", clock.instant(), clock.instant().plus(Duration.ofMinutes(5))))
        .isTrue();
    AlertRelay relay = relay(mail);

    RelayReport during = relay.relayDue();
    clock.advance(Duration.ofMinutes(5));
    RelayReport after = relay.relayDue();

    assertThat(during.isEmpty()).isTrue();
    assertThat(after.channel("mail").sent()).isEqualTo(1);
    assertThat(mail.delivered()).hasSize(1);
  }

  @Test
  void twoRelaysOnOneOutboxSendEveryAlertOnce() throws Exception {
    for (int owner = 0; owner < 20; owner++) {
      recipient("u" + owner, false, "mail", "u" + owner + "@example.org");
      for (int listing = 0; listing < 5; listing++) {
        alert("u" + owner, owner * 100L + listing + 1, Set.of("mail"));
      }
    }
    AlertRelay one = relay(mail);
    AlertRelay other = relay(mail);
    CyclicBarrier together = new CyclicBarrier(2);

    CompletableFuture<RelayReport> a = CompletableFuture.supplyAsync(() -> awaitThen(together, one));
    CompletableFuture<RelayReport> b = CompletableFuture.supplyAsync(() -> awaitThen(together, other));

    int sent = a.get(30, TimeUnit.SECONDS).channel("mail").sent() + b.get(30, TimeUnit.SECONDS).channel("mail").sent();
    assertThat(sent).isEqualTo(100);
    assertThat(mail.delivered()).hasSize(100).doesNotHaveDuplicates();
  }

  private static RelayReport awaitThen(CyclicBarrier barrier, AlertRelay relay) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return relay.relayDue();
  }

  @Test
  void withAnExecutorRecipientsAreSentToInParallelButNeverMoreThanTheLimit() throws Exception {
    AtomicInteger inFlight = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    CyclicBarrier pairs = new CyclicBarrier(2);
    Notifier slow = onMail((recipient, alerts) -> {
      most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
      try {
        pairs.await(10, TimeUnit.SECONDS); // only two senders at once can pass
      } finally {
        inFlight.decrementAndGet();
      }
    });
    for (int owner = 0; owner < 6; owner++) {
      recipient("p" + owner, false, "mail", "p" + owner + "@example.org");
      alert("p" + owner, owner + 1, Set.of("mail"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      AlertRelay relay = AlertRelay.builder().outbox(outbox).recipients(recipients).clock(clock).notifier(slow)
          .executor(pool).policy(RelayPolicy.builder().maxParallelism(2).build()).build();

      RelayReport report = relay.relayDue();

      assertThat(report.channel("mail").sent()).isEqualTo(6);
      assertThat(most.get()).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void twoNotifiersForOneChannelAreRefused() {
    assertThatThrownBy(() -> relay(mail, RecordingNotifier.single("mail")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mail");
  }

  @Test
  void backoffDoublesFromTheInitialWaitAndStopsAtTheCap() {
    RelayPolicy policy = RelayPolicy.defaults();

    assertThat(List.of(1, 2, 3, 9, 10, 64)).extracting(policy::backoff).containsExactly(Duration.ofMinutes(1),
        Duration.ofMinutes(2), Duration.ofMinutes(4), Duration.ofMinutes(256), Duration.ofHours(6),
        Duration.ofHours(6));
    assertThat(policy.giveUpAfter()).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void aConnectionDroppedMidGroupLeavesTheRestUnsentAndRetriesOnlyThem() {
    recipient("dan", false, "mail", "dan@example.org");
    Alert first = alert("dan", 1, Set.of("mail"));
    Alert second = alert("dan", 2, Set.of("mail"));
    Alert third = alert("dan", 3, Set.of("mail"));
    RecordingNotifier single = RecordingNotifier.single("mail");
    AtomicInteger calls = new AtomicInteger();
    Notifier dropsAfterOne = onMail((recipient, alerts) -> {
      if (calls.incrementAndGet() > 1) {
        throw new java.io.IOException("connection dropped");
      }
      single.send(recipient, alerts);
    });
    AlertRelay dropping = AlertRelay.builder().outbox(outbox).recipients(recipients).clock(clock)
        .notifier(dropsAfterOne).build();

    RelayReport report = dropping.relayDue();

    assertThat(report.channel("mail").sent()).isEqualTo(1);
    assertThat(report.channel("mail").failed()).isEqualTo(2);
    assertThat(delivery(first, "mail").state()).isEqualTo(DeliveryState.SENT);
    assertThat(List.of(delivery(second, "mail"), delivery(third, "mail"))).allSatisfy(d -> {
      assertThat(d.state()).isEqualTo(DeliveryState.PENDING);
      assertThat(d.sentAt()).isNull();
      assertThat(d.lastError()).isEqualTo("connection dropped");
    });
    clock.advance(Duration.ofHours(1));
    RelayReport retried = relay(single).relayDue();

    assertThat(retried.channel("mail").sent()).isEqualTo(2);
    assertThat(single.delivered()).extracting(Alert::id).containsExactly(first.id(), second.id(), third.id());
    assertThat(outbox.backlog()).isZero();
  }

  @Test
  void aRecipientsDeliveriesAreClaimedAndSkippedTogetherNotOneByOne() {
    recipient("eve", false, "mail", "eve@example.org");
    for (int i = 1; i <= 5; i++) {
      alert("eve", i, Set.of("mail", "webhook"));
    }
    List<String> calls = new ArrayList<>();
    AlertOutbox counting = new CountingOutbox(outbox, calls);

    RelayReport report = AlertRelay.builder().outbox(counting).recipients(recipients).clock(clock)
        .notifier(mail).notifier(webhook).build().relayDue();

    assertThat(report.channel("mail").sent()).isEqualTo(5);
    assertThat(report.channel("webhook").skipped()).isEqualTo(5);
    assertThat(calls).containsOnlyOnce("skipAll webhook 5", "claimAll mail 5").doesNotContain("skip", "claim");
  }

  /** Passes every call on to the outbox, noting the claims and skips. */
  private record CountingOutbox(AlertOutbox outbox, List<String> calls) implements AlertOutbox {
    @Override
    public List<Due> due(Instant now, int limit) {
      return outbox.due(now, limit);
    }

    @Override
    public List<Due> dueFor(String ownerId, Instant now, int limit) {
      return outbox.dueFor(ownerId, now, limit);
    }

    @Override
    public boolean claim(UUID alertId, String channel, Instant now, Instant leaseUntil) {
      calls.add("claim");
      return outbox.claim(alertId, channel, now, leaseUntil);
    }

    @Override
    public Set<UUID> claimAll(java.util.Collection<UUID> ids, String channel, Instant now, Instant leaseUntil) {
      calls.add("claimAll " + channel + " " + ids.size());
      return outbox.claimAll(ids, channel, now, leaseUntil);
    }

    @Override
    public void markSent(UUID alertId, String channel, Instant sentAt) {
      outbox.markSent(alertId, channel, sentAt);
    }

    @Override
    public void markFailed(UUID alertId, String channel, Instant nextAttempt, String error) {
      outbox.markFailed(alertId, channel, nextAttempt, error);
    }

    @Override
    public void giveUp(UUID alertId, String channel, String reason) {
      outbox.giveUp(alertId, channel, reason);
    }

    @Override
    public void skip(UUID alertId, String channel, String reason) {
      calls.add("skip");
      outbox.skip(alertId, channel, reason);
    }

    @Override
    public void skipAll(java.util.Collection<UUID> ids, String channel, String reason) {
      calls.add("skipAll " + channel + " " + ids.size());
      outbox.skipAll(ids, channel, reason);
    }

    @Override
    public long backlog() {
      return outbox.backlog();
    }

    @Override
    public Map<UUID, List<Delivery>> deliveries(java.util.Collection<UUID> alertIds) {
      return outbox.deliveries(alertIds);
    }
  }
}
