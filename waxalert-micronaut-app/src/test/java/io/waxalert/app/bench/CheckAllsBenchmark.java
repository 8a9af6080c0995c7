package io.waxalert.app.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.ApplicationContext;
import io.waxalert.app.monitor.CheckAll;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.Money;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.UserStore;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Not a test: many users press check-all at once (issue 15). {@code USERS} users with
 * {@code ENTRIES_PER_USER} entries each on {@code RELEASES} releases (each release wanted by several
 * users, every entry matching, so one mail per entry) call the check-all use case (what
 * {@code POST /api/wanted-list/check-all} runs) at the same moment, against the
 * {@link RateLimitedDiscogs} fake at {@code RATE} requests a minute and a local GreenMail. The time
 * until the last mail arrived is set against what the budget alone needs: one request per distinct
 * release at the rate. Two rounds on fresh users and releases: the first in a cold JVM, the second
 * warm, as a running service is.
 *
 * <pre>
 * mvn -q -pl waxalert-micronaut-app -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * cd waxalert-micronaut-app && java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     io.waxalert.app.bench.CheckAllsBenchmark
 * </pre>
 */
public final class CheckAllsBenchmark {

  static final int USERS = 10;
  static final int ENTRIES_PER_USER = 100;
  static final int RELEASES = 200;
  /** 100 requests a second. */
  static final int RATE = 6_000;

  public static void main(String[] args) throws Exception {
    int smtpPort;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      smtpPort = free.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Map<String, Object> p = new HashMap<>();
    try (RateLimitedDiscogs discogs = new RateLimitedDiscogs(RATE)) {
      p.put("micronaut.server.port", "-1");
      p.put("waxalert.data-dir", Files.createTempDirectory("waxalert-checkalls").toString());
      p.put("datasources.default.url",
          "jdbc:h2:mem:checkalls;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128");
      p.put("waxalert.discogs.api-url", discogs.url());
      p.put("waxalert.discogs.web-url", "https://www.discogs.test");
      p.put("waxalert.discogs.requests-per-minute", String.valueOf(RATE));
      p.put("waxalert.monitor.enabled", "false");
      p.put("waxalert.delivery.initial-delay", "1h"); // check-all relays its own alerts
      p.put("javamail.properties.mail.smtp.host", "127.0.0.1");
      p.put("javamail.properties.mail.smtp.port", String.valueOf(smtpPort));
      p.put("logger.levels.io.waxalert", "WARN");
      try (ApplicationContext context = ApplicationContext.run(p)) {
        // the first round in a fresh JVM includes its warm-up (JIT); the second is the service running
        boolean cold = round(context, smtp, discogs, "cold", 0);
        boolean warm = round(context, smtp, discogs, "warm", 100_000);
        System.out.println(warm ? "RESULT: OK" : "RESULT: NOT OK" + (cold ? "" : " (cold round too)"));
      }
    } finally {
      smtp.stop();
      System.exit(0);
    }
  }

  /** One round: fresh users on fresh releases ({@code offset} + 1..RELEASES), all pressing check-all at once. */
  private static boolean round(ApplicationContext context, GreenMail smtp, RateLimitedDiscogs discogs, String name,
      long offset) throws Exception {
    UserStore users = context.getBean(UserStore.class);
    JdbcWantedEntryStore entries = context.getBean(JdbcWantedEntryStore.class);
    Random random = new Random(7);
    Set<Long> wanted = new HashSet<>();
    List<String> owners = new ArrayList<>();
    for (int u = 0; u < USERS; u++) {
      String owner = "checkall-" + name + "-" + u;
      users.create(owner, owner + "@example.com", Currency.EUR);
      owners.add(owner);
      Set<Long> mine = new HashSet<>();
      while (mine.size() < ENTRIES_PER_USER) {
        mine.add(offset + 1 + random.nextInt(RELEASES));
      }
      for (long release : mine) {
        wanted.add(release);
        // lowest prices are 5..44 EUR: every entry matches
        entries.save(WantedEntry.forRelease(owner, release, "Artist " + release + " – Title", Currency.EUR,
            AlertCriteria.builder().maxPrice(Money.of("50.00", "EUR")).build()));
      }
    }
    CheckAll checkAll = context.getBean(CheckAll.class);
    int expected = USERS * ENTRIES_PER_USER;
    int mailsBefore = smtp.getReceivedMessages().length;
    long requestsBefore = discogs.requests.get();
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
        .getOperatingSystemMXBean();
    long cpu0 = os.getProcessCpuTime();
    long t0 = System.nanoTime();
    List<CompletableFuture<CheckAll.Result>> runs = owners.stream()
        .map(owner -> CompletableFuture.supplyAsync(() -> checkAll.run(owner))).toList();
    int notified = 0;
    for (CompletableFuture<CheckAll.Result> run : runs) {
      notified += run.join().notified();
    }
    long answered = System.nanoTime() - t0;
    while (smtp.getReceivedMessages().length - mailsBefore < expected && System.nanoTime() - t0 < 120_000_000_000L) {
      Thread.sleep(5);
    }
    long lastMail = System.nanoTime() - t0;
    long cpu = os.getProcessCpuTime() - cpu0;
    MimeMessage[] all = smtp.getReceivedMessages();
    Set<String> ids = new HashSet<>();
    for (int i = mailsBefore; i < all.length; i++) {
      ids.add(all[i].getHeader("X-Waxalert-Notification-Id")[0]);
    }
    long requests = discogs.requests.get() - requestsBefore;
    double budgetAlone = wanted.size() * 60.0 / RATE;
    System.out.printf("%s round: %d users' check-all at once over %d entries on %d distinct releases, %d requests"
        + " a minute%n", name, USERS, expected, wanted.size(), RATE);
    System.out.printf("  discogs: %d requests, %d answered 429 so far%n", requests, discogs.tooMany.get());
    System.out.printf("  mails: %d received, %d distinct notification ids, %d notified in the answers%n",
        all.length - mailsBefore, ids.size(), notified);
    System.out.printf("  time: last answer %.2f s, last mail %.2f s; the budget alone %.2f s; ratio %.2f;"
        + " process CPU %.1f s%n", answered / 1e9, lastMail / 1e9, budgetAlone, lastMail / 1e9 / budgetAlone, cpu / 1e9);
    return requests == wanted.size() && discogs.tooMany.get() == 0 && all.length - mailsBefore == expected
        && ids.size() == expected && lastMail / 1e9 <= 2.5 * budgetAlone;
  }
}
