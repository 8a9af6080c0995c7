package io.waxalert.app.account;

import io.micronaut.email.Email;
import io.micronaut.email.EmailSender;
import io.micronaut.email.MultipartBody;
import io.waxalert.app.settings.MailProperties;
import io.waxalert.app.web.Html;
import jakarta.inject.Singleton;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The mail that asks a new address to confirm itself: plain text and HTML, sent at once (not through
 * the alert relay), with no {@code List-Unsubscribe} since it is no list: it is the only mail an
 * unconfirmed address ever gets, and only when its owner's account asks for it.
 */
@Singleton
class ConfirmationMail {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

  private final EmailSender<Message, ?> sender;
  private final MailProperties mail;

  ConfirmationMail(EmailSender<Message, ?> sender, MailProperties mail) {
    this.sender = sender;
    this.mail = mail;
  }

  /**
   * @throws io.micronaut.email.EmailException when the SMTP server does not take it
   */
  void send(String to, String username, String link, Instant expiresAt) {
    String until = WHEN.format(expiresAt);
    String text = "Hello,\n\nthe WaxAlert account of Discogs user " + username + " asked to send its alerts to this"
        + " address. To confirm that this is your address, open this link and press \"Confirm address\":\n\n"
        + link + "\n\nThe link works once, until " + until + ".\n\n"
        + "If you did not ask for this, ignore this mail: WaxAlert sends nothing to an address that is not"
        + " confirmed.\n";
    String html = "<!DOCTYPE html><html><body style=\"font-family:sans-serif\"><p>Hello,</p>"
        + "<p>the WaxAlert account of Discogs user <strong>" + Html.escape(username) + "</strong> asked to send"
        + " its alerts to this address. To confirm that this is your address, open this link and press"
        + " &ldquo;Confirm address&rdquo;:</p><p><a href=\"" + Html.escape(link) + "\">Confirm this address for"
        + " WaxAlert</a></p><p>The link works once, until " + Html.escape(until) + ".</p>"
        + "<p style=\"color:#555\">If you did not ask for this, ignore this mail: WaxAlert sends nothing to an"
        + " address that is not confirmed.</p></body></html>";
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
