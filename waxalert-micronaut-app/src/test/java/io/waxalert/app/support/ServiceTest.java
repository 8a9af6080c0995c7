package io.waxalert.app.support;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.TestInstance;

/**
 * Base of the HTTP tests: the service on an in-memory H2 shared by the JVM, a temporary data folder,
 * and {@link FakeDiscogs} as Discogs. Subclasses are {@code @MicronautTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServiceTest implements TestPropertyProvider {

  private static final AtomicInteger USERS = new AtomicInteger();

  @Inject
  protected EmbeddedServer server;

  private Api api;

  public static Map<String, String> baseProperties(Path dataDir) {
    Map<String, String> p = new HashMap<>();
    p.put("micronaut.server.port", "-1");
    p.put("waxalert.data-dir", dataDir.toString());
    p.put("waxalert.discogs.api-url", FakeDiscogs.url());
    p.put("waxalert.discogs.web-url", "https://www.discogs.test");
    p.put("waxalert.discogs.requests-per-minute", "60000");
    p.put("waxalert.monitor.enabled", "false");
    p.put("waxalert.discogs.max-attempts", "1");
    p.put("waxalert.discogs.retry-backoff", "10ms");
    // the tests' webhook receivers and many sign-ins all live on loopback
    p.put("waxalert.webhooks.allow-private-addresses", "true");
    p.put("waxalert.sign-in.max-per-minute", "100000");
    FakeDiscogs.ecbRates();
    p.put("waxalert.exchange-rates.url", FakeDiscogs.url() + FakeDiscogs.ECB_RATES_PATH);
    // alert mails go to the JVM's GreenMail (issue 6)
    TestSmtp.server();
    p.put("javamail.properties.mail.smtp.host", "127.0.0.1");
    p.put("javamail.properties.mail.smtp.port", String.valueOf(TestSmtp.PORT));
    p.put("waxalert.delivery.retry-backoff", "1ms");
    // tests relay themselves (check-all, or RelayJob.run()): the scheduled relay never races them
    p.put("waxalert.delivery.initial-delay", "1h");
    return p;
  }

  @Override
  public Map<String, String> getProperties() {
    try {
      Map<String, String> p = baseProperties(Files.createTempDirectory("waxalert-test"));
      p.put("datasources.default.url",
          "jdbc:h2:mem:waxalert;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128");
      return p;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  protected Api api() {
    if (api == null) {
      api = new Api(server.getURL().toString());
    }
    return api;
  }

  /** A Discogs user unique to this JVM, signed in; returns the bearer token. */
  protected String signIn(String prefix) {
    String username = uniqueName(prefix);
    return signInAs(username, "tok-" + username);
  }

  protected String signInAs(String username, String token) {
    FakeDiscogs.user(username, token, "EUR");
    Api.Response response = api().post("/api/auth/token", null, "{\"token\":\"" + token + "\"}");
    if (response.status() != 200) {
      throw new AssertionError("sign-in failed: " + response);
    }
    return response.json().path("access_token").asText();
  }

  protected static String uniqueName(String prefix) {
    return prefix + "-" + ProcessHandle.current().pid() + "-" + USERS.incrementAndGet();
  }

  private static final AtomicInteger RELEASES = new AtomicInteger(500_000);

  /** A release id no other test uses. */
  protected static long uniqueReleaseId() {
    return RELEASES.incrementAndGet();
  }
}
