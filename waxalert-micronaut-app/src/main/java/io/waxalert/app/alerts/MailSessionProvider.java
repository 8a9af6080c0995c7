package io.waxalert.app.alerts;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.email.javamail.sender.DefaultSessionProvider;
import io.micronaut.email.javamail.sender.MailPropertiesProvider;
import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.Session;

/**
 * One mail session per application context, from {@code javamail.properties.*}: the module's
 * default uses the JVM-wide {@code Session.getDefaultInstance}, where the first configuration wins.
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
class MailSessionProvider implements SessionProvider {

  private final Session session;

  MailSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
    this.session = Session.getInstance(properties.mailProperties(), authenticator);
  }

  @Override
  public Session session() {
    return session;
  }
}
