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
 *
 * <p>It also names Angus Mail's stream provider in {@value #STREAM_PROVIDER} (unless set): without
 * it Jakarta Mail 2.1 looks the provider up through the service loader, scanning the class path's
 * jars, for every header encoded and every body part, a fifth of the relay's CPU (issue 15;
 * jakartaee/mail-api#861).
 */
@Singleton
@Replaces(DefaultSessionProvider.class)
class MailSessionProvider implements SessionProvider {

  static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
  private static final String ANGUS_STREAMS = "org.eclipse.angus.mail.util.MailStreamProvider";

  private final Session session;

  MailSessionProvider(MailPropertiesProvider properties, @Nullable Authenticator authenticator) {
    if (System.getProperty(STREAM_PROVIDER) == null && angusPresent()) {
      System.setProperty(STREAM_PROVIDER, ANGUS_STREAMS);
    }
    this.session = Session.getInstance(properties.mailProperties(), authenticator);
  }

  @Override
  public Session session() {
    return session;
  }

  private static boolean angusPresent() {
    try {
      Class.forName(ANGUS_STREAMS, false, MailSessionProvider.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException e) {
      return false;
    }
  }
}
