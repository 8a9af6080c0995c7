package io.waxalert.app.alerts;

import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Transport;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Connected SMTP sessions kept for the next mail (issue 15): a new session costs a connection, a
 * greeting, EHLO, perhaps STARTTLS and a login, several times the mail itself. Each sender takes a
 * session of its own for one mail and gives it back, so there are as many sessions as mails sent at
 * once (the relay's {@code max-parallelism}); at most {@link #MAX_KEPT} idle ones are kept, none
 * longer than {@link #MAX_IDLE} (servers close idle sessions after a few minutes).
 *
 * <p>A kept session may have been dropped by the server meanwhile: when a mail fails on one, the
 * session is closed and the mail tried once on a fresh one, except when the server answered about
 * this mail ({@link SendFailedException}: a refused address), which no new session changes. A
 * failure on a fresh session is thrown, and the relay retries the mail later; a mail is reported sent
 * only once the server accepted it. Thread-safe.
 */
@Singleton
final class SmtpConnections {

  static final Duration MAX_IDLE = Duration.ofSeconds(30);
  static final int MAX_KEPT = 16;

  private final SessionProvider sessions;
  private final Clock clock;
  private final Deque<Kept> idle = new ArrayDeque<>();
  private final AtomicLong opened = new AtomicLong();
  private volatile boolean closed;

  private record Kept(Transport transport, Instant since) {}

  SmtpConnections(SessionProvider sessions, Clock clock) {
    this.sessions = sessions;
    this.clock = clock;
  }

  /**
   * Sends the message on a kept session, or a fresh one.
   *
   * @throws MessagingException when the server refused it or could not be reached on a fresh session
   */
  void send(Message message) throws MessagingException {
    message.saveChanges(); // as Transport.send does: Message-ID, MIME headers
    Transport kept = take();
    if (kept != null) {
      try {
        kept.sendMessage(message, message.getAllRecipients());
        giveBack(kept);
        return;
      } catch (SendFailedException e) {
        close(kept); // the server's answer about this mail: a fresh session would hear the same
        throw e;
      } catch (MessagingException e) {
        close(kept); // dropped while kept: once more on a fresh one
      }
    }
    Transport fresh = sessions.session().getTransport();
    try {
      opened.incrementAndGet();
      fresh.connect();
      fresh.sendMessage(message, message.getAllRecipients());
    } catch (MessagingException | RuntimeException e) {
      close(fresh);
      throw e;
    }
    giveBack(fresh);
  }

  /** SMTP sessions opened so far (tried, connected or not). */
  long opened() {
    return opened.get();
  }

  @PreDestroy
  void closeAll() {
    synchronized (this) {
      closed = true;
    }
    Transport transport;
    while ((transport = take()) != null) {
      close(transport);
    }
  }

  /** The most recently used idle session young enough to reuse; older ones are closed. */
  private Transport take() {
    while (true) {
      Kept kept;
      synchronized (this) {
        kept = idle.pollFirst();
      }
      if (kept == null) {
        return null;
      }
      if (!closed && Duration.between(kept.since(), clock.instant()).compareTo(MAX_IDLE) < 0) {
        return kept.transport();
      }
      close(kept.transport());
    }
  }

  private void giveBack(Transport transport) {
    synchronized (this) {
      if (!closed && idle.size() < MAX_KEPT) {
        idle.addFirst(new Kept(transport, clock.instant()));
        return;
      }
    }
    close(transport);
  }

  private static void close(Transport transport) {
    try {
      transport.close();
    } catch (MessagingException | RuntimeException e) {
      // closing a dropped session: nothing to do
    }
  }
}
