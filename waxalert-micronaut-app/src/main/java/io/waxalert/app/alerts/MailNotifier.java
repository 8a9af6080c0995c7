package io.waxalert.app.alerts;

import io.micronaut.email.Contact;
import io.micronaut.email.Email;
import io.micronaut.email.MultipartBody;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.spi.Notifier;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.List;

/**
 * The {@code mail} channel: an HTML and plain-text mail per alert, or one digest of a recipient's
 * alerts, with a {@code List-Unsubscribe} header and one-click POST (RFC 8058). The SMTP server
 * refusing or being down throws, so the relay retries.
 */
public final class MailNotifier implements Notifier {

  public static final String CHANNEL = "mail";

  private final SmtpMailSender sender;
  private final AlertMail mail;
  private final AlertLinks links;
  private final UnsubscribeTokens tokens;
  private final Contact from;

  /**
   * @throws IllegalArgumentException naming {@code waxalert.mail.from} when {@code from} is no mail address
   */
  public MailNotifier(SmtpMailSender sender, AlertMail mail, AlertLinks links, UnsubscribeTokens tokens,
      String from) {
    this.sender = sender;
    this.mail = mail;
    this.links = links;
    this.tokens = tokens;
    this.from = contact(from);
  }

  @Override
  public String channel() {
    return CHANNEL;
  }

  @Override
  public boolean digests() {
    return true;
  }

  @Override
  public void send(Recipient recipient, List<Alert> alerts) {
    String to = recipient.address(CHANNEL).orElseThrow(() -> new IllegalArgumentException("no mail address"));
    // one alert's link pauses its entry; a digest's pauses every entry of the recipient
    String token = alerts.size() == 1 ? tokens.entryToken(alerts.get(0).entryId())
        : tokens.ownerToken(recipient.ownerId());
    String unsubscribe = links.unsubscribeUrl(token);
    AlertMail.Rendered rendered = mail.render(alerts, recipient.currency(), unsubscribe);
    sender.deliver(Email.builder().from(from).to(to).subject(rendered.subject())
        .body(new MultipartBody(rendered.html(), rendered.text())).build(), message -> {
          try {
            message.addHeader("List-Unsubscribe", "<" + unsubscribe + ">");
            message.addHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
            message.addHeader("Auto-Submitted", "auto-generated");
            message.addHeader("X-Waxalert-Notification-Id", alerts.get(0).id().toString());
          } catch (MessagingException e) {
            throw new IllegalStateException(e);
          }
        });
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
