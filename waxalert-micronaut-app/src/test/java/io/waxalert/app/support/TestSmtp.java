package io.waxalert.app.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;

/**
 * One GreenMail SMTP server per test JVM on a port chosen free once per JVM ({@link #PORT}; fixed
 * for the JVM so stop/start keeps it, free so parallel builds on one machine do not clash), which
 * every service test context sends its alert mails to ({@code MailSessionProvider} builds one mail
 * session per context, so contexts with other ports coexist). Tests tell their mails apart by recipient (unique usernames).
 * {@link #stop()} / {@link #start()} simulate an SMTP outage.
 */
public final class TestSmtp {

  public static final int PORT = freePort();
  private static GreenMail server;

  private TestSmtp() {}

  private static int freePort() {
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public static synchronized GreenMail server() {
    if (server == null) {
      start();
      Runtime.getRuntime().addShutdownHook(new Thread(TestSmtp::stop));
    }
    return server;
  }

  public static synchronized void start() {
    if (server == null || !server.isRunning()) {
      server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
      server.start();
    }
  }

  public static synchronized void stop() {
    if (server != null && server.isRunning()) {
      server.stop();
    }
  }

  /** A multipart/alternative mail's parts: each its content type in lower case, a line break, its text. */
  public static List<String> parts(MimeMessage message) throws Exception {
    List<String> parts = new java.util.ArrayList<>();
    jakarta.mail.internet.MimeMultipart multipart = (jakarta.mail.internet.MimeMultipart) message.getContent();
    org.assertj.core.api.Assertions.assertThat(multipart.getContentType()).startsWith("multipart/alternative");
    for (int i = 0; i < multipart.getCount(); i++) {
      jakarta.mail.BodyPart part = multipart.getBodyPart(i);
      parts.add(part.getContentType().split(";")[0].trim().toLowerCase(java.util.Locale.ROOT) + "\n" + part.getContent());
    }
    return parts;
  }

  /** The mails received for {@code address} since the server (re)started. */
  public static List<MimeMessage> to(String address) {
    return Arrays.stream(server().getReceivedMessages())
        .filter(m -> {
          try {
            return Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(address));
          } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
          }
        })
        .toList();
  }
}
