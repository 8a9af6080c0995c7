package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * An SMTP server that cannot be reached: {@code /health} stays the database's, {@code /health/mail}
 * says DOWN (details for the operator token only), the outage is logged once when it starts and once
 * when it ends, and each failed alert mail is one log line with its reason, never a stack trace.
 */
@MicronautTest(transactional = false)
class SmtpHealthTest extends ServiceTest {

  private static final int PORT = freePort();
  private static final String OPERATOR = "operator-token-of-at-least-32-characters";

  @Inject
  SmtpHealth smtp;

  private final ListAppender<ILoggingEvent> logged = new ListAppender<>();
  private final List<LogRecord> coreLogged = new CopyOnWriteArrayList<>();
  private final Handler core = new Handler() {
    @Override
    public void publish(LogRecord record) {
      coreLogged.add(record);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  };

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = super.getProperties();
    p.put("javamail.properties.mail.smtp.port", String.valueOf(PORT)); // nobody listens there
    p.put("javamail.properties.mail.smtp.connectiontimeout", "2000");
    p.put("waxalert.operator-token", OPERATOR);
    p.put("waxalert.mail.health-check-interval", "1h"); // the test checks itself
    return p;
  }

  @BeforeEach
  void captureLogs() {
    logged.start();
    root().addAppender(logged);
    java.util.logging.Logger.getLogger("").addHandler(core);
  }

  @AfterEach
  void releaseLogs() {
    root().detachAppender(logged);
    java.util.logging.Logger.getLogger("").removeHandler(core);
  }

  @Test
  void anUnreachableServerIsShownToOperatorsAndLoggedOnceUntilItComesBack() {
    GreenMail up = smtpServer();
    try {
      assertThat(smtp.check().status()).isEqualTo(SmtpHealth.Status.UP);
    } finally {
      up.stop();
    }
    logged.list.clear(); // from a known start: reachable
    for (int i = 0; i < 3; i++) {
      assertThat(smtp.check().status()).isEqualTo(SmtpHealth.Status.DOWN);
    }

    Api.Response health = api().get("/health", null);
    Api.Response anonymous = api().get("/health/mail", null);
    Api.Response stranger = api().send("GET", "/health/mail", null, null, null, "Authorization", "Bearer wrong");
    Api.Response operator = api().send("GET", "/health/mail", null, null, null, "Authorization", "Bearer " + OPERATOR);

    assertThat(health.status()).isEqualTo(200);
    assertThat(health.json().path("status").asText()).isEqualTo("UP");
    assertThat(anonymous.status()).isEqualTo(503);
    assertThat(anonymous.text()).isEqualTo("{\"status\":\"DOWN\"}");
    assertThat(stranger.text()).isEqualTo("{\"status\":\"DOWN\"}");
    JsonNode details = operator.json().path("details");
    assertThat(details.path("server").asText()).isEqualTo("127.0.0.1:" + PORT);
    assertThat(details.path("reason").asText()).containsIgnoringCase("refused");
    assertThat(details.path("since").asText()).isNotBlank();
    assertThat(outageLines("unreachable")).hasSize(1);

    GreenMail back = smtpServer();
    try {
      assertThat(smtp.check().status()).isEqualTo(SmtpHealth.Status.UP);
      assertThat(smtp.check().status()).isEqualTo(SmtpHealth.Status.UP);
    } finally {
      back.stop();
    }
    assertThat(outageLines("reachable again")).hasSize(1);
    assertThat(api().get("/health/mail", null).text()).isEqualTo("{\"status\":\"UP\"}");
  }

  @Test
  void aFailedAlertMailIsOneLineWithItsReasonAndNoStackTrace() {
    String username = uniqueName("smtpdown");
    String bearer = signInAs(username, "tok-" + username);
    long release = uniqueReleaseId();
    FakeDiscogs.release(release);
    FakeDiscogs.stats(release, "EUR", "9.00", 2);
    api().post("/api/wanted-list/add", bearer, "{\"release\":\"" + release + "\",\"max_price\":\"25.00\"}");

    JsonNode checked = api().post("/api/wanted-list/check-all", bearer, null).json();

    assertThat(checked.path("matched").asInt()).isEqualTo(1);
    assertThat(checked.path("notified").asInt()).isZero();
    assertThat(logged.list).noneMatch(e -> e.getThrowableProxy() != null);
    assertThat(coreLogged).noneMatch(r -> r.getThrown() != null);
    // the core's relay logs through System.Logger: into logback (slf4j-jdk-platform-logging), else JUL
    List<String> lines = new java.util.ArrayList<>();
    logged.list.forEach(e -> lines.add(e.getFormattedMessage()));
    coreLogged.forEach(r -> lines.add(java.text.MessageFormat.format(r.getMessage(), r.getParameters())));
    assertThat(lines).anyMatch(line -> line.contains("mail delivery of 1 alert(s) of " + username) && line.contains("mail not sent:")
            && !line.contains("\n"));
    assertThat(smtp.state().status()).isEqualTo(SmtpHealth.Status.DOWN);
  }

  private List<ILoggingEvent> outageLines(String words) {
    return logged.list.stream().filter(e -> e.getLoggerName().equals(SmtpHealth.class.getName()))
        .filter(e -> e.getFormattedMessage().contains(words))
        .filter(e -> e.getLevel().isGreaterOrEqual(Level.INFO)).toList();
  }

  private static GreenMail smtpServer() {
    GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    server.start();
    return server;
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
