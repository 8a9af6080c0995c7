package io.waxalert.core.delivery;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.spi.AlertOutbox.Due;
import io.waxalert.core.spi.AlertOutbox;
import io.waxalert.core.spi.DeliveryRefusedException;
import io.waxalert.core.spi.Notifier;
import io.waxalert.core.spi.RecipientDirectory;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Sends one group of due deliveries (one recipient, one channel): skip, claim, send, then mark sent,
 * failed with back-off, or given up. Thread-safe: it keeps no state between groups.
 */
final class GroupSender {

  private static final System.Logger LOG = System.getLogger(AlertRelay.class.getName());

  private final AlertOutbox outbox;
  private final RecipientDirectory recipients;
  private final Map<String, Notifier> notifiers;
  private final Clock clock;
  private final RelayPolicy policy;

  GroupSender(AlertOutbox outbox, RecipientDirectory recipients, Map<String, Notifier> notifiers, Clock clock,
      RelayPolicy policy) {
    this.outbox = outbox;
    this.recipients = recipients;
    this.notifiers = notifiers;
    this.clock = clock;
    this.policy = policy;
  }

  /** Sends the group; {@code cache} holds the recipients already looked up in this pass. */
  Tally send(List<Due> group, Map<String, Optional<Recipient>> cache) {
    Tally tally = new Tally(List.of());
    String channel = group.get(0).channel();
    String ownerId = group.get(0).alert().ownerId();
    Notifier notifier = notifiers.get(channel);
    if (notifier == null) {
      return skip(group, "the " + channel + " channel is not configured on this service", tally);
    }
    Optional<Recipient> recipient = cache.computeIfAbsent(ownerId, recipients::find);
    if (recipient.isEmpty()) {
      return skip(group, "the recipient no longer exists", tally);
    }
    if (!notifier.canReach(recipient.get())) {
      return skip(group, "no " + channel + " address", tally);
    }
    Instant now = clock.instant();
    Set<UUID> won = outbox.claimAll(group.stream().map(due -> due.alert().id()).toList(), channel, now,
        now.plus(policy.lease()));
    List<Due> claimed = group.stream().filter(due -> won.contains(due.alert().id())).toList();
    if (claimed.isEmpty()) {
      return tally;
    }
    if (notifier.digests() && recipient.get().digest() && claimed.size() > 1) {
      attempt(notifier, recipient.get(), claimed, tally);
    } else {
      claimed.forEach(due -> attempt(notifier, recipient.get(), List.of(due), tally));
    }
    return tally;
  }

  private void attempt(Notifier notifier, Recipient recipient, List<Due> dues, Tally tally) {
    String channel = notifier.channel();
    List<Alert> alerts = dues.stream().map(Due::alert).toList();
    try {
      notifier.send(recipient, alerts);
    } catch (DeliveryRefusedException e) {
      String reason = "refused: " + reason(e);
      alerts.forEach(alert -> outbox.giveUp(alert.id(), channel, reason));
      tally.undeliverable(channel, alerts.size());
      LOG.log(Level.WARNING, "relay: {0} refused {1} alert(s) of {2} for good: {3}", channel,
          alerts.size(), recipient.ownerId(), reason(e));
      return;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      failed(channel, recipient, dues, reason(e), tally);
      return;
    }
    Instant sentAt = clock.instant();
    List<UUID> sent = alerts.stream().map(Alert::id).toList();
    if (sent.size() == 1) {
      outbox.markSent(sent.get(0), channel, sentAt);
    } else {
      outbox.markSentAll(sent, channel, sentAt);
    }
    tally.sent(channel, sent);
  }

  /** Retried after a back-off that doubles per attempt; given up once the delivery is too old. */
  private void failed(String channel, Recipient recipient, List<Due> dues, String reason, Tally tally) {
    Instant now = clock.instant();
    int givenUp = 0;
    for (Due due : dues) {
      if (Duration.between(due.queuedAt(), now).compareTo(policy.giveUpAfter()) >= 0) {
        int attempts = due.attempts() + 1;
        outbox.giveUp(due.alert().id(), channel, "gave up after " + attempts + (attempts == 1 ? " attempt" : " attempts")
            + " over " + Durations.words(policy.giveUpAfter()) + "; last error: " + reason);
        givenUp++;
      } else {
        outbox.markFailed(due.alert().id(), channel, now.plus(policy.backoff(due.attempts() + 1)), reason);
      }
    }
    tally.failed(channel, dues.size() - givenUp);
    tally.undeliverable(channel, givenUp);
    LOG.log(Level.WARNING, "relay: {0} delivery of {1} alert(s) of {2} failed ({3} given up): {4}",
        channel, dues.size(), recipient.ownerId(), givenUp, reason);
  }

  private Tally skip(List<Due> group, String reason, Tally tally) {
    outbox.skipAll(group.stream().map(due -> due.alert().id()).toList(), group.get(0).channel(), reason);
    tally.skipped(group.get(0).channel(), group.size());
    return tally;
  }

  private static String reason(Exception e) {
    return e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
  }

}
