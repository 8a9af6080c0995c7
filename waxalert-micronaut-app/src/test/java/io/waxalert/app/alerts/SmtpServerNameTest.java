package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Session;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The SMTP server named in logs and {@code /health/mail} is the one Jakarta Mail connects to, defaults included. */
class SmtpServerNameTest {

  @Test
  void namesTheConfiguredHostAndPort() {
    assertThat(SmtpHealth.serverOf(session("mail.smtp.host", "smtp.example.org", "mail.smtp.port", "2525")))
        .isEqualTo("smtp.example.org:2525");
  }

  @Test
  void unsetHostAndPortAreJakartaMailsDefaultsNotNull() {
    assertThat(SmtpHealth.serverOf(session())).isEqualTo("localhost:25");
    assertThat(SmtpHealth.serverOf(session("mail.host", "mx.example.org"))).isEqualTo("mx.example.org:25");
  }

  @Test
  void smtpsReadsItsOwnPropertiesAndDefaultsToPort465() {
    assertThat(SmtpHealth.serverOf(session("mail.transport.protocol", "smtps", "mail.smtps.host", "smtp.example.org")))
        .isEqualTo("smtp.example.org:465");
  }

  private static Session session(String... keyValues) {
    Properties p = new Properties();
    for (int i = 0; i < keyValues.length; i += 2) {
      p.setProperty(keyValues[i], keyValues[i + 1]);
    }
    return Session.getInstance(p);
  }
}
