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
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The outbox relay: sends the alerts the engine recorded as pending, by mail. Each alert is claimed
 * in the database before sending (so several instances never send it twice), marked sent only after
 * the SMTP server accepted the mail, and on failure retried later with exponential backoff
 * ({@code waxalert.mail.retry-backoff}, doubled per attempt, at most 6 hours). A user in
 * {@code digest} mode gets one mail for all of their due alerts; a user without an address has their
 * alerts kept but marked undeliverable.
 */
@Singleton
public class AlertRelay {

  private static final Logger LOG = LoggerFactory.getLogger(AlertRelay.class);
  private static final int BATCH = 500;
  private static final Duration MAX_BACKOFF = Duration.ofHours(6);
  /** How long a claim keeps other instances off an alert being sent; a crash frees it after this. */
  private static final Duration CLAIM = Duration.ofMinutes(5);

  /** What one relay pass did: alerts sent, failed (to be retried) and undeliverable. */
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
      UnsubscribeTokens tokens, ExchangeRates rates, Clock clock, MeterRegistry registry,
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
    this.webhooks = new WebhookSender(mail);
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
    java.util.Set<java.util.UUID> delivered = new java.util.HashSet<>();
    Delivery mails = deliverDue(delivered);
    Delivery hooks = new Delivery(0, 0, 0);
    List<Alert> due = log.webhookDue(clock.instant(), BATCH);
    Map<String, List<Alert>> byOwner = new LinkedHashMap<>();
    due.forEach(alert -> byOwner.computeIfAbsent(alert.ownerId(), o -> new ArrayList<>()).add(alert));
    for (Map.Entry<String, List<Alert>> owner : byOwner.entrySet()) {
      hooks = hooks.plus(postWebhooks(users.findByUsername(owner.getKey()), owner.getValue(), delivered));
    }
    return new Report(mails, hooks, delivered.size());
  }

  /** Sends the user's due alerts now, on every channel: check-all's call. */
  public Report relayFor(UserAccount user) {
    java.util.Set<java.util.UUID> delivered = new java.util.HashSet<>();
    Delivery mails = deliver(Optional.of(user), log.dueForOwner(user.discogsUsername(), clock.instant(), BATCH),
        delivered);
    Delivery hooks = postWebhooks(Optional.of(user),
        log.webhookDueForOwner(user.discogsUsername(), clock.instant(), BATCH), delivered);
    return new Report(mails, hooks, delivered.size());
  }

  private Delivery postWebhooks(Optional<UserAccount> maybeUser, List<Alert> alerts,
      java.util.Set<java.util.UUID> delivered) {
    if (alerts.isEmpty() || maybeUser.isEmpty()) {
      return new Delivery(0, 0, 0);
    }
    String url = maybeUser.get().webhookUrl();
    if (url == null || url.isBlank()) {
      alerts.forEach(alert -> log.dropWebhook(alert.id()));
      return new Delivery(0, 0, alerts.size());
    }
    int sent = 0;
    int failed = 0;
    for (Alert alert : alerts) {
      Instant now = clock.instant();
      if (!log.claimWebhook(alert.id(), now, now.plus(CLAIM))) {
        continue;
      }
      try {
        webhooks.send(url, alert);
        log.markWebhookSent(alert.id(), clock.instant());
        webhooksSent.increment();
        delivered.add(alert.id());
        sent++;
      } catch (Exception e) {
        if (e instanceof InterruptedException) {
          Thread.currentThread().interrupt();
        }
        String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int attempts = Math.max(1, log.webhookAttempts(alert.id()));
        log.markWebhookFailed(alert.id(), clock.instant().plus(backoff(attempts)), "webhook: " + reason);
        webhooksFailed.increment();
        LOG.warn("webhook post of alert {} for user {} failed, will retry: {}", alert.id(),
            maybeUser.get().id(), reason);
        failed++;
      }
    }
    return new Delivery(sent, failed, 0);
  }

  /** Sends every due alert of every user by mail. */
  public Delivery deliverDue() {
    return deliverDue(new java.util.HashSet<>());
  }

  private Delivery deliverDue(java.util.Set<java.util.UUID> delivered) {
    Delivery total = new Delivery(0, 0, 0);
    List<Alert> due = log.due(clock.instant(), BATCH);
    while (!due.isEmpty()) {
      Map<String, List<Alert>> byOwner = new LinkedHashMap<>();
      due.forEach(alert -> byOwner.computeIfAbsent(alert.ownerId(), o -> new ArrayList<>()).add(alert));
      for (Map.Entry<String, List<Alert>> owner : byOwner.entrySet()) {
        total = total.plus(deliver(users.findByUsername(owner.getKey()), owner.getValue(), delivered));
      }
      if (due.size() < BATCH) {
        break;
      }
      // failed ones are not due again before their backoff, claimed ones are leased: no repeats
      due = log.due(clock.instant(), BATCH);
    }
    return total;
  }

  /** Sends the user's due alerts now by mail. */
  public Delivery deliverFor(UserAccount user) {
    return deliver(Optional.of(user), log.dueForOwner(user.discogsUsername(), clock.instant(), BATCH),
        new java.util.HashSet<>());
  }

  public long backlog() {
    return log.countPending();
  }

  private Delivery deliver(Optional<UserAccount> maybeUser, List<Alert> alerts,
      java.util.Set<java.util.UUID> delivered) {
    if (alerts.isEmpty() || maybeUser.isEmpty()) {
      return new Delivery(0, 0, 0);
    }
    UserAccount user = maybeUser.get();
    if (user.email() == null || user.email().isBlank()) {
      for (Alert alert : alerts) {
        log.markUndeliverable(alert.id(), "no email address");
        undeliverable.increment();
      }
      LOG.info("{} alert(s) of user {} undeliverable: no email address", alerts.size(), user.id());
      return new Delivery(0, 0, alerts.size());
    }
    Instant now = clock.instant();
    List<Alert> claimed = alerts.stream().filter(a -> log.claim(a.id(), now, now.plus(CLAIM))).toList();
    if (claimed.isEmpty()) {
      return new Delivery(0, 0, 0);
    }
    if (user.notifyMode() == UserAccount.NotifyMode.DIGEST && claimed.size() > 1) {
      return send(user, claimed, tokens.userToken(user.id()), delivered);
    }
    Delivery total = new Delivery(0, 0, 0);
    for (Alert alert : claimed) {
      total = total.plus(send(user, List.of(alert), tokens.entryToken(alert.entryId()), delivered));
    }
    return total;
  }

  private Delivery send(UserAccount user, List<Alert> alerts, String token,
      java.util.Set<java.util.UUID> delivered) {
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
      Instant now = clock.instant();
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      for (Alert alert : alerts) {
        int attempts = Math.max(1, log.attempts(alert.id()));
        log.markFailed(alert.id(), now.plus(backoff(attempts)), reason);
      }
      mailsFailed.increment();
      LOG.warn("alert mail to user {} failed ({} alert(s)), will retry: {}", user.id(), alerts.size(), reason);
      return new Delivery(0, alerts.size(), 0);
    }
    Instant sentAt = clock.instant();
    alerts.forEach(alert -> {
      log.markSent(alert.id(), sentAt);
      delivered.add(alert.id());
    });
    mailsSent.increment();
    return new Delivery(alerts.size(), 0, 0);
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
