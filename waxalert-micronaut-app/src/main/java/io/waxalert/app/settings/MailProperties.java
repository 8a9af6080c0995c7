package io.waxalert.app.settings;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.context.annotation.Context;
import io.micronaut.email.Contact;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;

/**
 * {@code waxalert.mail.*}: the service's mails (the SMTP server is {@code javamail.properties.*}).
 *
 * @param from the sender, e.g. {@code WaxAlert <alerts@example.org>}
 * @param confirmationLifetime how long the link that confirms a new mail address works
 * @param healthCheckInterval how often the SMTP server is checked (connect and EHLO) for
 *     {@code /health/mail}
 */
@Context
@ConfigurationProperties("waxalert.mail")
public record MailProperties(
    @NotBlank(message = "waxalert.mail.from must not be empty") String from,
    @PositiveDuration(property = "waxalert.mail.confirmation-lifetime") Duration confirmationLifetime,
    @PositiveDuration(property = "waxalert.mail.health-check-interval") Duration healthCheckInterval) {

  public MailProperties {
    if (from != null && !from.isBlank()) {
      sender(from);
    }
  }

  /** The sender as a contact: its address and, where given, its name. */
  public Contact sender() {
    return sender(from);
  }

  private static Contact sender(String from) {
    try {
      InternetAddress parsed = new InternetAddress(from.trim(), true);
      return parsed.getPersonal() == null ? new Contact(parsed.getAddress())
          : new Contact(parsed.getAddress(), parsed.getPersonal());
    } catch (AddressException e) {
      throw new IllegalArgumentException("waxalert.mail.from must be a mail address such as"
          + " 'WaxAlert <alerts@example.org>', not '" + from + "'");
    }
  }
}
