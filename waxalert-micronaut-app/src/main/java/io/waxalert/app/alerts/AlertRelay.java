package io.waxalert.app.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Value;
import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.model.ExchangeRates;
import io.waxalert.persistence.JdbcNotificationLog;
import io.waxalert.persistence.OutboxChannel;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay: sends the alerts the engine recorded as pending, by mail and to the user's
 * webhook, each channel with its own state. Each alert is claimed in the database before sending (so
 * several instances never send it twice), marked sent only after the SMTP server or the webhook
 * accepted it, and on failure retried later with exponential backoff
 * ({@code waxalert.mail.retry-backoff}, doubled per attempt, at most 6 hours). A user in
 * {@code digest} mode gets one mail for all of their due alerts; a user without an address has their
 * alerts kept but marked undeliverable.
 */
@Singleton
public class AlertRelay {

  private static final Logger LOG = LoggerFactory.getLogger(AlertRelay.class);
  private static final Delivery NOTHING = new Delivery(0, 0, 0);
  private static final int BATCH = 500;
  private static final Duration MAX_BACKOFF = Duration.ofHours(6);
  /** How long a claim keeps other instances off an alert being sent; a crash frees it after this. */
  private static final Duration CLAIM = Duration.ofMinutes(5);

  /**
   * What one relay pass did on a channel: alerts sent, failed (to be retried) and undeliverable
   * (no mail address, no webhook).
   */
  public record Delivery(int sent, int failed, int undeliverable) {
    Delivery plus(Delivery other) {
      return new Delivery(sent + other.sent, failed + other.failed, undeliverable + other.undeliverable);
    }
  }

  /** What one relay pass did on both channels; {@code notified}: alerts delivered on at least one. */
  public record Report(Delivery mail, Delivery webhook, int notified) {}

  private final JdbcNotificationLog log;
  private final UserStore users;
  private final EmailSender<Message, ?> sender;
  private final UnsubscribeTokens tokens;
  private final AlertMail mail;
  private final Contact from;
  private final Clock clock;
  private final Duration backoff;
  private final Counter mailsSent;
  private final Counter mailsFailed;
  private final Counter undeliverable;
  private final WebhookSender webhooks;
  private final Counter webhooksSent;
  private final Counter webhooksFailed;

  AlertRelay(JdbcNotificationLog log, UserStore users, EmailSender<Message, ?> sender,
      UnsubscribeTokens tokens, ExchangeRates rates, WebhookTargets targets, Clock clock,
      MeterRegistry registry,
      @Value("${waxalert.app-url}") String appUrl,
      @Value("${waxalert.mail.from}") String from,
      @Value("${waxalert.mail.retry-backoff:1m}") Duration backoff) {
    this.log = log;
    this.users = users;
    this.sender = sender;
    this.tokens = tokens;
    this.mail = new AlertMail(rates, appUrl);
    this.from = contact(from);
    this.clock = clock;
    this.backoff = backoff;
    this.mailsSent = Counter.builder("waxalert.mails.sent").description("alert mails the SMTP server accepted")
        .register(registry);
    this.mailsFailed = Counter.builder("waxalert.mails.failed")
        .description("alert mails that could not be sent (retried later)").register(registry);
    this.undeliverable = Counter.builder("waxalert.alerts.undeliverable")
        .description("alerts of users without an email address").register(registry);
    this.webhooks = new WebhookSender(mail, targets);
    this.webhooksSent = Counter.builder("waxalert.webhooks.sent").description("alerts posted to webhooks")
        .register(registry);
    this.webhooksFailed = Counter.builder("waxalert.webhooks.failed")
        .description("webhook posts that failed (retried later)").register(registry);
    Gauge.builder("waxalert.outbox.backlog", log, JdbcNotificationLog::countPending)
        .description("alerts recorded but not yet delivered").register(registry);
  }

  public AlertMail mail() {
    return mail;
  }

  /** Sends every due alert of every user on every channel: the scheduled job's call. */
  public Report relayDue() {
    Set<UUID> delivered = new HashSet<>();
    Delivery mails = drain(OutboxChannel.MAIL, delivered);
    Delivery hooks = drain(OutboxChannel.WEBHOOK, delivered);
    return new Report(mails, hooks, delivered.size());
  }

  /** Sends the user's due alerts now, on every channel: check-all's call. */
  public Report relayFor(UserAccount user) {
    Set<UUID> delivered = new HashSet<>();
    Delivery mails = deliver(OutboxChannel.MAIL, user, dueFor(OutboxChannel.MAIL, user), delivered);
    Delivery hooks = deliver(OutboxChannel.WEBHOOK, user, dueFor(OutboxChannel.WEBHOOK, user), delivered);
    return new Report(mails, hooks, delivered.size());
  }

  public long backlog() {
    return log.countPending();
  }

  private List<Alert> dueFor(OutboxChannel channel, UserAccount user) {
    return log.dueForOwner(channel, user.discogsUsername(), clock.instant(), BATCH);
  }

  /** Every alert due on {@code channel}, batch by batch, each user's together; each alert once. */
  private Delivery drain(OutboxChannel channel, Set<UUID> delivered) {
    Delivery total = NOTHING;
    Set<UUID> seen = new HashSet<>();
    List<Alert> due = log.due(channel, clock.instant(), BATCH);
    while (!due.isEmpty()) {
      Map<String, List<Alert>> byOwner = new LinkedHashMap<>();
      due.forEach(alert -> byOwner.computeIfAbsent(alert.ownerId(), o -> new ArrayList<>()).add(alert));
      for (Map.Entry<String, List<Alert>> owner : byOwner.entrySet()) {
        Optional<UserAccount> user = users.findByUsername(owner.getKey());
        if (user.isPresent()) {
          total = total.plus(deliver(channel, user.get(), owner.getValue(), delivered));
        }
      }
      if (due.size() < BATCH) {
        break;
      }
      // Sent and abandoned alerts leave the outbox, failed ones wait for their backoff, claimed ones
      // are leased; `seen` guards against an alert that is somehow still due.
      due.forEach(alert -> seen.add(alert.id()));
      due = log.due(channel, clock.instant(), BATCH).stream().filter(a -> !seen.contains(a.id())).toList();
    }
    return total;
  }

  private Delivery deliver(OutboxChannel channel, UserAccount user, List<Alert> alerts, Set<UUID> delivered) {
    if (alerts.isEmpty()) {
      return NOTHING;
    }
    return switch (channel) {
      case MAIL -> mailTo(user, alerts, delivered);
      case WEBHOOK -> postTo(user, alerts, delivered);
    };
  }

  private Delivery mailTo(UserAccount user, List<Alert> alerts, Set<UUID> delivered) {
    if (user.email() == null || user.email().isBlank()) {
      alerts.forEach(alert -> log.abandon(OutboxChannel.MAIL, alert.id(), "no email address"));
      undeliverable.increment(alerts.size());
      LOG.info("{} alert(s) of user {} undeliverable: no email address", alerts.size(), user.id());
      return new Delivery(0, 0, alerts.size());
    }
    List<Alert> claimed = claim(OutboxChannel.MAIL, alerts);
    if (user.notifyMode() == UserAccount.NotifyMode.DIGEST && claimed.size() > 1) {
      return sendMail(user, claimed, tokens.userToken(user.id()), delivered);
    }
    Delivery total = NOTHING;
    for (Alert alert : claimed) {
      total = total.plus(sendMail(user, List.of(alert), tokens.entryToken(alert.entryId()), delivered));
    }
    return total;
  }

  private Delivery sendMail(UserAccount user, List<Alert> alerts, String token, Set<UUID> delivered) {
    String unsubscribe = mail.unsubscribeUrl(token);
    AlertMail.Rendered rendered = mail.render(alerts, user.currency(), unsubscribe);
    try {
      sender.send(Email.builder().from(from).to(user.email()).subject(rendered.subject())
          .body(new MultipartBody(rendered.html(), rendered.text())), message -> {
            try {
              message.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
              message.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
              message.addHeader("Auto-Submitted", "auto-generated");
              message.addHeader("X-Waxalert-Notification-Id", alerts.get(0).id().toString());
            } catch (jakarta.mail.MessagingException e) {
              throw new IllegalStateException(e);
            }
          });
    } catch (RuntimeException e) {
      mailsFailed.increment();
      return failed(OutboxChannel.MAIL, user, alerts, e);
    }
    mailsSent.increment();
    return sent(OutboxChannel.MAIL, alerts, delivered);
  }

  private Delivery postTo(UserAccount user, List<Alert> alerts, Set<UUID> delivered) {
    String url = user.webhookUrl();
    if (url == null || url.isBlank()) {
      alerts.forEach(alert -> log.abandon(OutboxChannel.WEBHOOK, alert.id(), "no webhook"));
      return new Delivery(0, 0, alerts.size());
    }
    Delivery total = NOTHING;
    for (Alert alert : claim(OutboxChannel.WEBHOOK, alerts)) {
      try {
        webhooks.send(url, alert);
      } catch (IOException | RuntimeException | InterruptedException e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        webhooksFailed.increment();
        total = total.plus(failed(OutboxChannel.WEBHOOK, user, List.of(alert), e));
        continue;
      }
      webhooksSent.increment();
      total = total.plus(sent(OutboxChannel.WEBHOOK, List.of(alert), delivered));
    }
    return total;
  }

  /** The alerts this instance may send now; another instance sends the rest. */
  private List<Alert> claim(OutboxChannel channel, List<Alert> alerts) {
    Instant now = clock.instant();
    return alerts.stream().filter(alert -> log.claim(channel, alert.id(), now, now.plus(CLAIM))).toList();
  }

  private Delivery sent(OutboxChannel channel, List<Alert> alerts, Set<UUID> delivered) {
    Instant sentAt = clock.instant();
    for (Alert alert : alerts) {
      log.markSent(channel, alert.id(), sentAt);
      delivered.add(alert.id());
    }
    return new Delivery(alerts.size(), 0, 0);
  }

  /** The alerts stay pending on {@code channel}, due again after a backoff that grows per attempt. */
  private Delivery failed(OutboxChannel channel, UserAccount user, List<Alert> alerts, Exception e) {
    Instant now = clock.instant();
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    for (Alert alert : alerts) {
      int attempts = Math.max(1, log.attempts(channel, alert.id()));
      log.markFailed(channel, alert.id(), now.plus(backoff(attempts)), reason);
    }
    LOG.warn("{} delivery to user {} failed ({} alert(s)), will retry: {}",
        channel.name().toLowerCase(Locale.ROOT), user.id(), alerts.size(), reason);
    return new Delivery(0, alerts.size(), 0);
  }

  private Duration backoff(int attempts) {
    Duration wait = backoff.multipliedBy(1L << Math.min(attempts - 1, 20));
    return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
  }

  private static Contact contact(String address) {
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      return parsed.getPersonal() == null ? new Contact(parsed.getAddress())
          : new Contact(parsed.getAddress(), parsed.getPersonal());
    } catch (AddressException e) {
      throw new IllegalArgumentException("waxalert.mail.from is not a mail address: " + address, e);
    }
  }
}
