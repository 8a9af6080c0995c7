package io.waxalert.app.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micronaut.context.ApplicationContext;
import io.waxalert.app.alerts.RelayJob;
import io.waxalert.app.monitor.MonitorJob;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import io.waxalert.persistence.JdbcAlertOutbox;
import io.waxalert.persistence.JdbcNotificationLog;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: one full scheduled cycle of the service (check job, then relay job) over 10,000 entries of
 * 1,000 users on 2,000 releases, against a local fake Discogs that enforces the rate limit (scaled:
 * {@code RATE} requests per minute, answering 429 beyond) and a local GreenMail.
 *
 * <pre>
 * mvn -q -pl waxalert-micronaut-app test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -cp waxalert-micronaut-app/target/test-classes:waxalert-micronaut-app/target/classes:$(cat /tmp/cp.txt) \
 *     io.waxalert.app.bench.ServiceCycleBenchmark
 * </pre>
 */
public final class ServiceCycleBenchmark {

  static final int USERS = 1_000;
  static final int ENTRIES_PER_USER = 10;
  static final int RELEASES = 2_000;
  /** Discogs' 60 per minute, scaled by 1,000 so a run takes seconds rather than half an hour. */
  static final int RATE = 60_000;

  public static void main(String[] args) throws Exception {
    AtomicLong requests = new AtomicLong();
    AtomicLong tooMany = new AtomicLong();
    ArrayDeque<Long> window = new ArrayDeque<>();
    HttpServer discogs = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    discogs.setExecutor(Executors.newFixedThreadPool(4));
    discogs.createContext("/marketplace/stats/", exchange -> {
      requests.incrementAndGet();
      long now = System.nanoTime();
      boolean allowed;
      synchronized (window) {
        while (!window.isEmpty() && now - window.peekFirst() > 60_000_000_000L) {
          window.pollFirst();
        }
        allowed = window.size() < RATE;
        if (allowed) {
          window.addLast(now);
        }
      }
      if (!allowed) {
        tooMany.incrementAndGet();
        respond(exchange, 429, "{\"message\": \"You are making requests too quickly.\"}", 0);
        return;
      }
      long release = Long.parseLong(exchange.getRequestURI().getPath().substring("/marketplace/stats/".length()));
      int remaining;
      synchronized (window) {
        remaining = RATE - window.size();
      }
      String price = (5 + release % 40) + ".00";
      respond(exchange, 200, "{\"lowest_price\": {\"currency\": \"EUR\", \"value\": " + price
          + "}, \"num_for_sale\": 3, \"blocked_from_sale\": false}", remaining);
    });
    discogs.start();
    int smtpPort;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      smtpPort = free.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();

    Map<String, Object> p = new HashMap<>();
    p.put("micronaut.server.port", "-1");
    p.put("waxalert.data-dir", Files.createTempDirectory("waxalert-bench").toString());
    p.put("datasources.default.url",
        "jdbc:h2:mem:bench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    p.put("waxalert.discogs.api-url", "http://127.0.0.1:" + discogs.getAddress().getPort());
    p.put("waxalert.discogs.web-url", "https://www.discogs.test");
    p.put("waxalert.discogs.requests-per-minute", String.valueOf(RATE));
    p.put("waxalert.monitor.enabled", "true");
    p.put("waxalert.monitor.initial-delay", "1h");
    p.put("waxalert.delivery.initial-delay", "1h");
    // one tick as long as the interval takes every due entry: the full cycle this benchmark measures
    p.put("waxalert.monitor.tick", "1h");
    p.put("javamail.properties.mail.smtp.host", "127.0.0.1");
    p.put("javamail.properties.mail.smtp.port", String.valueOf(smtpPort));
    p.put("logger.levels.io.waxalert", "INFO");

    try (ApplicationContext context = ApplicationContext.run(p)) {
      UserStore users = context.getBean(UserStore.class);
      JdbcWantedEntryStore entries = context.getBean(JdbcWantedEntryStore.class);
      Random random = new Random(42);
      Set<Long> wanted = new HashSet<>();
      long setupStart = System.nanoTime();
      for (int u = 0; u < USERS; u++) {
        UserAccount user = users.create("bench-" + u, "bench-" + u + "@example.com", Currency.EUR);
        Set<Long> mine = new HashSet<>();
        while (mine.size() < ENTRIES_PER_USER) {
          mine.add(1L + random.nextInt(RELEASES));
        }
        for (long release : mine) {
          wanted.add(release);
          // lowest prices are 5..44 EUR; max prices 5..24 EUR: about a third match
          AlertCriteria criteria = AlertCriteria.builder()
              .maxPrice(Money.of((5 + random.nextInt(20)) + ".00", "EUR")).build();
          entries.save(WantedEntry.forRelease(user.discogsUsername(), release, "Artist " + release + " – Title",
              Currency.EUR, criteria));
        }
      }
      System.out.printf("setup: %d users, %d entries, %d distinct releases in %d ms%n", USERS,
          USERS * ENTRIES_PER_USER, wanted.size(), (System.nanoTime() - setupStart) / 1_000_000);

      var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      long cpu0 = os.getProcessCpuTime();
      long wall0 = System.nanoTime();
      context.getBean(MonitorJob.class).run();
      context.getBean(RelayJob.class).run();
      long wall = System.nanoTime() - wall0;
      long cpu = os.getProcessCpuTime() - cpu0;

      JdbcNotificationLog log = context.getBean(JdbcNotificationLog.class);
      JdbcAlertOutbox outbox = context.getBean(JdbcAlertOutbox.class);
      long alerts = 0;
      for (int u = 0; u < USERS; u++) {
        alerts += log.findByOwner("bench-" + u).size();
      }
      MimeMessage[] mails = smtp.getReceivedMessages();
      Set<String> ids = new HashSet<>();
      for (MimeMessage mail : mails) {
        ids.add(mail.getHeader("X-Waxalert-Notification-Id")[0]);
      }
      System.out.printf("run: wall %d ms, process CPU %d ms (includes the fake Discogs and GreenMail)%n",
          wall / 1_000_000, cpu / 1_000_000);
      System.out.printf("discogs: %d requests for %d distinct due releases, %d answered 429%n",
          requests.get(), wanted.size(), tooMany.get());
      System.out.printf("alerts: %d recorded, %d mails received, %d distinct notification ids, backlog %d%n",
          alerts, mails.length, ids.size(), outbox.backlog());
      boolean ok = requests.get() <= wanted.size() && tooMany.get() == 0 && mails.length == alerts
          && ids.size() == alerts && outbox.backlog() == 0;
      System.out.println(ok ? "RESULT: OK" : "RESULT: NOT OK");
    } finally {
      smtp.stop();
      discogs.stop(0);
      System.exit(0);
    }
  }

  private static void respond(HttpExchange exchange, int status, String body, int remaining) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit", String.valueOf(RATE));
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit-Remaining", String.valueOf(remaining));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }
}
