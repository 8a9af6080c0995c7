package io.waxalert.app.settings;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.env.Environment;

/**
 * The SMTP server's address ({@code javamail.properties.mail.smtp.host} and {@code .port}) is
 * handed to Jakarta Mail as text, which reads a port that is no number as the default and an empty
 * host as this machine: the first alert would then fail with "connection refused". Such a value
 * stops the start instead, naming the property.
 */
@Context
final class MailServerSettings {

  static final String HOST = "javamail.properties.mail.smtp.host";
  static final String PORT = "javamail.properties.mail.smtp.port";

  MailServerSettings(Environment environment) {
    environment.getProperty(HOST, String.class).ifPresent(host -> {
      if (host.isBlank()) {
        throw new IllegalArgumentException(HOST + " must name the SMTP server, such as smtp.example.org");
      }
    });
    environment.getProperty(PORT, String.class).ifPresent(port -> {
      int number;
      try {
        number = Integer.parseInt(port.trim());
      } catch (NumberFormatException e) {
        number = 0;
      }
      if (number < 1 || number > 65_535) {
        throw new IllegalArgumentException(PORT + " must be a port number from 1 to 65535, such as 25 or 587, not '"
            + port + "'");
      }
    });
  }
}
