package io.waxalert.app.account;

import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import io.waxalert.app.alerts.MailTemplates;
import io.waxalert.app.settings.MailProperties;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The mail that asks a new address to confirm itself: plain text and HTML (JTE templates under
 * {@code mail/}, escaped by the engine), sent at once (not through
 * the alert relay), with no {@code List-Unsubscribe} since it is no list: it is the only mail an
 * unconfirmed address ever gets, and only when its owner's account asks for it.
 */
@Singleton
public class ConfirmationMail {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final EmailSender<Message, ?> sender;
  private final MailProperties mail;
  private final MailTemplates templates;

  /** What the templates {@code mail/confirm.jte} and {@code mail/confirm-text.jte} show. */
  public record View(String username, String link, String until) {}

  ConfirmationMail(EmailSender<Message, ?> sender, MailProperties mail, MailTemplates templates) {
    this.sender = sender;
    this.mail = mail;
    this.templates = templates;
  }

  /**
   * @throws io.micronaut.email.EmailException when the SMTP server does not take it
   */
  void send(String to, String username, String link, Instant expiresAt) {
    String until = WHEN.format(expiresAt);
    View view = new View(username, link, until);
    String text = templates.text("mail/confirm-text.jte", view);
    String html = templates.html("mail/confirm.jte", view);
    sender.send(Email.builder().from(mail.sender()).to(to).subject("WaxAlert: confirm your mail address")
        .body(new MultipartBody(html, text)), message -> {
          try {
            message.addHeader("Auto-Submitted", "auto-generated");
          } catch (MessagingException e) {
            throw new IllegalStateException(e);
          }
        });
  }
}
