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
import jakarta.mail.Transport;
import java.util.function.Consumer;

/**
 * Sends mails as micronaut-email's JavaMail sender does, but reports the outcome to {@link SmtpHealth}
 * and fails with a one-line reason instead of logging a stack trace per mail: an SMTP outage is logged
 * once, by {@link SmtpHealth}, and each failed delivery once, by the relay.
 */
@Singleton
@Named(JavaxEmailSender.NAME)
@Replaces(JavaxEmailSender.class)
class SmtpMailSender implements TransactionalEmailSender<Message, Void> {

  private final JavaxEmailComposer composer;
  private final SmtpHealth health;

  SmtpMailSender(JavaxEmailComposer composer, SmtpHealth health) {
    this.composer = composer;
    this.health = health;
  }

  @Override
  public String getName() {
    return JavaxEmailSender.NAME;
  }

  @Override
  public Void send(Email email, Consumer<Message> customizer) throws EmailException {
    Message message = composer.compose(email, customizer);
    try {
      Transport.send(message);
    } catch (MessagingException e) {
      String reason = MailFailures.reason(e);
      if (MailFailures.serverProblem(e)) {
        health.unreachable(reason);
      }
      throw new EmailException("mail not sent: " + reason);
    }
    health.reachable();
    return null;
  }
}
