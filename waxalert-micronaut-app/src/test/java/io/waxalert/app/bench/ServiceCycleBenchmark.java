package io.waxalert.app.bench;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
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
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a test: one full scheduled cycle of the service (the check job, the relay woken beside it) over
 * 10,000 entries of 1,000 users on 2,000 releases ({@code -Dentries=N}: N/10 users, N/5 releases),
 * against a local fake Discogs that enforces the rate limit ({@link RateLimitedDiscogs}, scaled:
 * {@code RATE} requests per minute, answering 429 beyond) and a local GreenMail. {@code -Drounds=N}
 * (default 2) runs that many cycles on fresh users and releases in one JVM: the first warms the JIT,
 * the last is the steady state of a running service. Run it with the README's JVM flags (the heap a
 * little larger: GreenMail keeps every mail of a round in the same JVM).
 *
 * <pre>
 * mvn -q -pl waxalert-micronaut-app test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xms64m -Xmx192m \
 *     -cp waxalert-micronaut-app/target/test-classes:waxalert-micronaut-app/target/classes:$(cat /tmp/cp.txt) \
 *     io.waxalert.app.bench.ServiceCycleBenchmark
 * </pre>
 */
public final class ServiceCycleBenchmark {

  /** {@code -Dentries=N} (default 10,000): N entries of N/10 users on N/5 releases. */
  static final int ENTRIES = Integer.getInteger("entries", 10_000);
  static final int USERS = ENTRIES / 10;
  static final int ENTRIES_PER_USER = 10;
  static final int RELEASES = ENTRIES / 5;
  /** Discogs' 60 per minute, scaled by 1,000 so a run takes seconds rather than half an hour. */
  static final int RATE = 60_000;
  /** {@code -Drounds=N} (default 2): cycles on fresh users and releases in one JVM, the first ones warming it up. */
  static final int ROUNDS = Integer.getInteger("rounds", 2);

  public static void main(String[] args) throws Exception {
    RateLimitedDiscogs discogs = new RateLimitedDiscogs(RATE);
    int smtpPort;
    try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
      smtpPort = free.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();

    Map<String, Object> p = new HashMap<>();
    p.put("micronaut.server.port", "-1");
    java.nio.file.Path dataDir = Files.createTempDirectory("waxalert-bench");
    p.put("waxalert.data-dir", dataDir.toString());
    // -Dh2=file: the database in a file of the data folder, so its size can be told
    boolean file = "file".equals(System.getProperty("h2"));
    p.put("datasources.default.url", (file ? "jdbc:h2:file:" + dataDir.resolve("bench") : "jdbc:h2:mem:bench")
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128");
    p.put("waxalert.discogs.api-url", discogs.url());
    p.put("waxalert.discogs.web-url", "https://www.discogs.test");
    p.put("waxalert.discogs.requests-per-minute", String.valueOf(RATE));
    p.put("waxalert.monitor.enabled", "true");
    p.put("waxalert.monitor.initial-delay", "1h");
    // the relay runs apart from the check from the start, woken as the check records alerts (issue 15)
    p.put("waxalert.delivery.initial-delay", "0s");
    // one tick as long as the interval takes every due entry: the full cycle this benchmark measures
    p.put("waxalert.monitor.tick", "1h");
    p.put("javamail.properties.mail.smtp.host", "127.0.0.1");
    p.put("javamail.properties.mail.smtp.port", String.valueOf(smtpPort));
    p.put("logger.levels.io.waxalert", "INFO");

    try (ApplicationContext context = ApplicationContext.run(p)) {
      boolean ok = true;
      // round 1 warms the JIT up on its own users and releases; the last round is the steady state
      for (int round = 1; round <= ROUNDS; round++) {
        ok &= round(context, round, discogs, smtp, file, dataDir);
      }
      System.out.println(ok ? "RESULT: OK" : "RESULT: NOT OK");
    } finally {
      smtp.stop();
      discogs.close();
      System.exit(0);
    }
  }

  /** One full cycle over fresh users and releases; prints its figures, answers whether its guarantees held. */
  private static boolean round(ApplicationContext context, int round, RateLimitedDiscogs discogs, GreenMail smtp,
      boolean file, java.nio.file.Path dataDir) throws Exception {
    UserStore users = context.getBean(UserStore.class);
    JdbcWantedEntryStore entries = context.getBean(JdbcWantedEntryStore.class);
    Random random = new Random(42 + round);
    Set<Long> wanted = new HashSet<>();
    long firstRelease = 1L + (round - 1) * 10L * RELEASES;
    long setupStart = System.nanoTime();
    for (int u = 0; u < USERS; u++) {
      UserAccount user = users.create(userName(round, u), userName(round, u) + "@example.com", Currency.EUR);
      Set<Long> mine = new HashSet<>();
      while (mine.size() < ENTRIES_PER_USER) {
        mine.add(firstRelease + random.nextInt(RELEASES));
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
    System.out.printf("round %d (%s) setup: %d users, %d entries, %d distinct releases in %d ms%n", round,
        round < ROUNDS ? "warm-up" : "measured", USERS, USERS * ENTRIES_PER_USER, wanted.size(),
        (System.nanoTime() - setupStart) / 1_000_000);
    smtp.purgeEmailFromAllMailboxes();
    long requests0 = discogs.requests.get();

    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    JdbcAlertOutbox outbox = context.getBean(JdbcAlertOutbox.class);
    var memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    AtomicLong peakHeap = new AtomicLong();
    Thread sampler = new Thread(() -> {
      while (!Thread.currentThread().isInterrupted()) {
        peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(100);
        } catch (InterruptedException e) {
          return;
        }
      }
    });
    sampler.setDaemon(true);
    sampler.start();
    ThreadCpu threadCpu = new ThreadCpu();
    long cpu0 = os.getProcessCpuTime();
    long wall0 = System.nanoTime();
    context.getBean(MonitorJob.class).run();
    long checked = System.nanoTime() - wall0;
    // the relay was woken while the check ran; what is left it sends now (claims keep it to one send)
    context.getBean(RelayJob.class).run();
    while (outbox.backlog() > 0 && System.nanoTime() - wall0 < 600_000_000_000L) {
      Thread.sleep(20);
    }
    long wall = System.nanoTime() - wall0;
    long cpu = os.getProcessCpuTime() - cpu0;
    sampler.interrupt();
    Map<String, Long> byThread = threadCpu.since();

    JdbcNotificationLog log = context.getBean(JdbcNotificationLog.class);
    long alerts = 0;
    for (int u = 0; u < USERS; u++) {
      alerts += log.findByOwner(userName(round, u)).size();
    }
    MimeMessage[] mails = smtp.getReceivedMessages();
    Set<String> ids = new HashSet<>();
    for (MimeMessage mail : mails) {
      ids.add(mail.getHeader("X-Waxalert-Notification-Id")[0]);
    }
    long fakes = byThread.entrySet().stream().filter(e -> e.getKey().startsWith("fake-discogs")
        || e.getKey().startsWith("HTTP-Dispatcher") || e.getKey().startsWith("smtp:") || e.getKey().startsWith("JFR")).mapToLong(Map.Entry::getValue).sum();
    long javaThreads = byThread.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf("round %d: wall %d ms, process CPU %d ms, of it the service %d ms (all but the fake Discogs',"
        + " GreenMail's and JFR's threads); check done after %d ms, last mail %d ms after it%n", round,
        wall / 1_000_000, cpu / 1_000_000, cpu / 1_000_000 - fakes, checked / 1_000_000,
        (wall - checked) / 1_000_000);
    System.out.printf("CPU by thread kind (ms): %s; JIT, GC and ended threads %d, of it %s%n", byThread,
        cpu / 1_000_000 - javaThreads, threadCpu.jvmSince());
    System.gc();
    System.out.printf("memory: heap peak %d MB during the cycle, %d MB live after it%s%n",
        peakHeap.get() >> 20, memory.getHeapMemoryUsage().getUsed() >> 20,
        file ? "; database file " + databaseBytes(context, dataDir) / 1024 / 1024.0 + " MB" : "");
    long requests = discogs.requests.get() - requests0;
    System.out.printf("discogs: %d requests for %d distinct due releases, %d answered 429 in all%n",
        requests, wanted.size(), discogs.tooMany.get());
    System.out.printf("alerts: %d recorded, %d mails received, %d distinct notification ids, backlog %d%n",
        alerts, mails.length, ids.size(), outbox.backlog());
    return requests <= wanted.size() && discogs.tooMany.get() == 0 && mails.length == alerts
        && ids.size() == alerts && outbox.backlog() == 0;
  }

  private static String userName(int round, int user) {
    return "bench-" + round + "-" + user;
  }

  /** The database file's size once H2 wrote everything to it. */
  private static long databaseBytes(ApplicationContext context, java.nio.file.Path dataDir) throws Exception {
    javax.sql.DataSource data = io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(
        context.getBean(javax.sql.DataSource.class));
    try (java.sql.Connection c = data.getConnection(); java.sql.Statement st = c.createStatement()) {
      st.execute("checkpoint sync");
    }
    return Files.size(dataDir.resolve("bench.mv.db"));
  }
}
