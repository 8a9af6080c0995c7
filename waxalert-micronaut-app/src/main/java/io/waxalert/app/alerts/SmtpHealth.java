package io.waxalert.app.alerts;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.SessionProvider;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether the SMTP server can be reached, as last seen by a check (connect and EHLO, with the login
 * when one is configured, every {@code waxalert.mail.health-check-interval}) or by a mail sent. The
 * outage is logged once when it starts, with the reason, and once when it ends; never per mail.
 * Shown at {@code /health/mail}.
 */
@Singleton
public class SmtpHealth {

  private static final Logger LOG = LoggerFactory.getLogger(SmtpHealth.class);

  /** {@code UP}, {@code DOWN}, or {@code UNKNOWN} before the first check or mail. */
  public enum Status { UP, DOWN, UNKNOWN }

  /**
   * @param since when the server became reachable or unreachable
   * @param checkedAt when it was last seen
   * @param reason why it is down; null when up
   */
  public record State(Status status, String server, @Nullable Instant since, @Nullable Instant checkedAt,
      @Nullable String reason) {}

  private final SessionProvider sessions;
  private final Clock clock;
  private final String server;
  private volatile State state;

  SmtpHealth(SessionProvider sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
    Session session = sessions.session();
    this.server = serverOf(session);
    this.state = new State(Status.UNKNOWN, server, null, null, null);
  }

  /** host:port as Jakarta Mail will connect: its defaults (localhost, 25 or 465 for smtps) where unset. */
  static String serverOf(Session session) {
    String protocol = session.getProperty("mail.transport.protocol");
    String scheme = protocol == null ? "smtp" : protocol;
    String host = session.getProperty("mail." + scheme + ".host");
    if (host == null) {
      host = session.getProperty("mail.host");
    }
    String port = session.getProperty("mail." + scheme + ".port");
    return (host == null ? "localhost" : host) + ":" + (port != null ? port : "smtps".equals(scheme) ? "465" : "25");
  }

  public State state() {
    return state;
  }

  /** Connects to the SMTP server and says EHLO (and logs in where configured); answers the new state. */
  @Scheduled(fixedDelay = "${waxalert.mail.health-check-interval}", initialDelay = "5s")
  public State check() {
    Session session = sessions.session();
    String protocol = session.getProperty("mail.transport.protocol");
    try (Transport transport = session.getTransport(protocol == null ? "smtp" : protocol)) {
      transport.connect();
      reachable();
    } catch (MessagingException | RuntimeException e) {
      unreachable(MailFailures.reason(e));
    }
    return state;
  }

  /** A check or a mail got through. */
  synchronized void reachable() {
    Instant now = clock.instant();
    State before = state;
    if (before.status() == Status.DOWN) {
      LOG.info("SMTP server {} is reachable again (down since {}); waiting alert mails go out on the next relay",
          server, before.since());
    }
    state = new State(Status.UP, server, before.status() == Status.UP ? before.since() : now, now, null);
  }

  /** A check or a mail found the server unreachable (or refusing the service's login). */
  synchronized void unreachable(String reason) {
    Instant now = clock.instant();
    State before = state;
    if (before.status() != Status.DOWN) {
      LOG.warn("SMTP server {} is unreachable: {}; alert mails wait and are retried, /health/mail shows it",
          server, reason);
    }
    state = new State(Status.DOWN, server, before.status() == Status.DOWN ? before.since() : now, now, reason);
  }
}
