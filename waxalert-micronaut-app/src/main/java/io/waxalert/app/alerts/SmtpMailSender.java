package io.waxalert.app.alerts;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.email.Email;
import io.micronaut.email.EmailException;
import io.micronaut.email.TransactionalEmailSender;
import io.micronaut.email.javamail.sender.JavaxEmailComposer;
import io.micronaut.email.javamail.sender.JavaxEmailSender;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.util.function.Consumer;

/**
 * Sends mails as micronaut-email's JavaMail sender does, but reports the outcome to {@link SmtpHealth}
 * and fails with a one-line reason instead of logging a stack trace per mail: an SMTP outage is logged
 * once, by {@link SmtpHealth}, and each failed delivery once, by the relay. Mails go over the
 * {@link SmtpConnections} kept connected, not a new SMTP session each.
 */
@Singleton
@Named(JavaxEmailSender.NAME)
@Replaces(JavaxEmailSender.class)
public class SmtpMailSender implements TransactionalEmailSender<Message, Void> {

  private final JavaxEmailComposer composer;
  private final SmtpHealth health;
  private final SmtpConnections connections;

  SmtpMailSender(JavaxEmailComposer composer, SmtpHealth health, SmtpConnections connections) {
    this.composer = composer;
    this.health = health;
    this.connections = connections;
  }

  @Override
  public String getName() {
    return JavaxEmailSender.NAME;
  }

  @Override
  public Void send(Email email, Consumer<Message> customizer) throws EmailException {
    deliver(email, customizer);
    return null;
  }

  /**
   * The same as {@link #send} without the interface's bean validation of the mail (its addresses'
   * syntax, checked again per mail by micronaut-email's interceptors, a tenth of an alert mail's
   * CPU): for the relay, whose addresses were validated when they were saved (issue 15).
   *
   * @throws EmailException when the server did not accept the mail
   */
  public void deliver(Email email, Consumer<Message> customizer) throws EmailException {
    Message message = composer.compose(email, customizer);
    try {
      TransferEncodings.name(message);
    } catch (MessagingException | java.io.IOException e) {
      // in-memory parts do not fail to read; if one did, Jakarta Mail finds the encoding itself
    }
    try {
      connections.send(message);
    } catch (MessagingException e) {
      String reason = MailFailures.reason(e);
      if (MailFailures.serverProblem(e)) {
        health.unreachable(reason);
      }
      throw new EmailException("mail not sent: " + reason);
    }
    health.reachable();
  }
}
