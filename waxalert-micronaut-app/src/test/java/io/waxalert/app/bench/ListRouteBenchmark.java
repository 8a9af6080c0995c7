package io.waxalert.app.bench;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.waxalert.app.monitor.BudgetOwner;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.core.criteria.AlertCriteria;
import io.waxalert.core.criteria.ShipsFromFilter;
import io.waxalert.core.entry.WantedEntry;
import io.waxalert.core.model.Currency;
import io.waxalert.core.model.MediaCondition;
import io.waxalert.core.model.Money;
import io.waxalert.discogs.DiscogsClient;
import io.waxalert.persistence.JdbcWantedEntryStore;
import io.waxalert.persistence.ReleaseMetadata;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Not a test: the list route against {@code /health} of the same service, in one run, with a
 * wrk-like closed loop ({@link HttpLoad}: 32 connections), at 20, 200 and 2,000 entries, whole and
 * paged, plain and gzipped; then the server time of adding an entry beyond its Discogs call. The
 * service runs on in-memory H2 with the tests' fake Discogs (WireMock).
 *
 * <pre>
 * mvn -B -q -pl waxalert-micronaut-app -am test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * cd waxalert-micronaut-app && java -cp target/test-classes:target/classes:$(cat /tmp/cp.txt) \
 *     io.waxalert.app.bench.ListRouteBenchmark [seconds per measurement, default 10] [connections, default 32]
 * </pre>
 */
public final class ListRouteBenchmark {

  /** Adds timed; {@code -Dbench.adds} (at most the entry limit, 1,000) for a longer profile of adding. */
  static final int ADDS = Integer.getInteger("bench.adds", 200);

  public static void main(String[] args) throws Exception {
    Duration window = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
    int connections = args.length > 1 ? Integer.parseInt(args[1]) : 32;
    Map<String, Object> p = new LinkedHashMap<>(ServiceTest.baseProperties(Files.createTempDirectory("waxalert-bench")));
    p.put("datasources.default.url",
        "jdbc:h2:mem:listbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1;QUERY_CACHE_SIZE=128");
    p.put("logger.levels.io.waxalert", "WARN");
    try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, p)) {
      String base = server.getURL().toString().replaceAll("/?$", "/");
      Api api = new Api(base);
      ApplicationContext context = server.getApplicationContext();
      JdbcWantedEntryStore store = context.getBean(JdbcWantedEntryStore.class);

      String adder = signIn(api, "list-200");
      new AddTimes(api, context.getBean(MeterRegistry.class), context.getBean(DiscogsClient.class)).run(adder);
      if ("add".equals(System.getProperty("bench.profile"))) { // adding alone, for a profiler
        System.exit(0);
      }
      String small = signIn(api, "list-20");
      String big = signIn(api, "list-2000");
      seed(store, "list-20", 20, 1_000_000);
      seed(store, "list-2000", 2_000, 2_000_000);

      try (HttpLoad load = new HttpLoad(connections)) {
        URI health = URI.create(base + "health");
        URI list = URI.create(base + "api/wanted-list");
        if ("list".equals(System.getProperty("bench.profile"))) { // a long load of the 200-entry list alone, for a profiler
          System.out.println(load.run("list 200", list, bearer(adder), window.multipliedBy(6)).line());
          System.exit(0);
        }
        Map<String, String> none = Map.of();
        System.out.println("warming up");
        load.run("warm-up /health", health, none, window);
        load.run("warm-up list", list, bearer(adder), window);
        load.run("warm-up list gzip", list, gzip(adder), window);
        System.out.printf("measured: %d s each, %d connections%n", window.toSeconds(), connections);
        for (int round = 1; round <= 2; round++) {
          Measured h = measure(load, "/health", health, none, window);
          System.out.println(h.result().line() + String.format("  %6.2f ms CPU/answer", h.cpuMsPerAnswer()));
          for (var size : List.of(Map.entry("20", small), Map.entry("200", adder), Map.entry("2,000", big))) {
            print(measure(load, "list " + size.getKey(), list, bearer(size.getValue()), window), h);
            print(measure(load, "list " + size.getKey() + " gzip", list, gzip(size.getValue()), window), h);
          }
          URI firstScreen = URI.create(base + "api/wanted-list?limit=200&order=newest");
          print(measure(load, "list 2,000 ?limit=200 newest", firstScreen, bearer(big), window), h);
          print(measure(load, "list 2,000 ?limit=200 gzip", firstScreen, gzip(big), window), h);
          print(measure(load, "list 2,000 ?limit=50&offset=100", URI.create(base + "api/wanted-list?limit=50&offset=100"),
              bearer(big), window), h);
        }
      }
      latencyAtRate(base, adder, big, window);
    } catch (Throwable e) {
      e.printStackTrace();
      System.exit(1);
    }
    System.exit(0);
  }

  /**
   * The p99 goal judged as a reader would: an open loop at {@value #RATE} requests a second from
   * {@value #RATE_CONNECTIONS} connections, far under either route's capacity, so latency is the
   * answer's own and not the queue a saturating closed loop builds; {@code /health} and the list
   * take turns, twice each, so the machine's noise falls on both.
   */
  private static void latencyAtRate(String base, String adder, String big, Duration window) throws Exception {
    URI health = URI.create(base + "health");
    URI list = URI.create(base + "api/wanted-list");
    URI firstScreen = URI.create(base + "api/wanted-list?limit=200&order=newest");
    Duration longer = window.multipliedBy(2);
    try (HttpLoad open = new HttpLoad(RATE_CONNECTIONS)) {
      open.runAtRate("warm-up", list, bearer(adder), window, RATE);
      System.out.printf("open loop: %d requests a second from %d connections, %d s each (latency from when each"
          + " request was due)%n", RATE, RATE_CONNECTIONS, longer.toSeconds());
      for (int round = 1; round <= 2; round++) {
        for (var target : List.of(Map.entry("/health", Map.entry(health, Map.<String, String>of())),
            Map.entry("list 200", Map.entry(list, bearer(adder))),
            Map.entry("list 200 gzip", Map.entry(list, gzip(adder))),
            Map.entry("list 2,000 ?limit=200 newest", Map.entry(firstScreen, bearer(big))))) {
          long cpu = AddTimes.serverCpuNanos();
          HttpLoad.Result r = open.runAtRate("at rate " + target.getKey(), target.getValue().getKey(),
              target.getValue().getValue(), longer, RATE);
          double cpuMs = r.requests() == 0 ? 0 : (AddTimes.serverCpuNanos() - cpu) / 1e6 / r.requests();
          System.out.println(r.line() + String.format("  %6.2f ms CPU/answer", cpuMs));
        }
      }
    }
  }

  static final int RATE = 50;
  static final int RATE_CONNECTIONS = 4;

  /** The load's result with the server threads' CPU time per answer, which a busy machine does not inflate. */
  private static Measured measure(HttpLoad load, String name, URI uri, Map<String, String> headers, Duration window)
      throws Exception {
    long cpu = AddTimes.serverCpuNanos();
    HttpLoad.Result result = load.run(name, uri, headers, window);
    long used = AddTimes.serverCpuNanos() - cpu;
    return new Measured(result, result.requests() == 0 ? 0 : used / 1e6 / result.requests());
  }

  record Measured(HttpLoad.Result result, double cpuMsPerAnswer) {}

  private static void print(Measured measured, Measured health) {
    System.out.println(measured.result().line() + String.format("  %6.2f ms CPU/answer  = %.2f of /health (CPU %.1f ×)",
        measured.cpuMsPerAnswer(), measured.result().perSecond() / health.result().perSecond(),
        measured.cpuMsPerAnswer() / health.cpuMsPerAnswer()));
  }

  private static Map<String, String> bearer(String token) {
    return Map.of("Authorization", "Bearer " + token);
  }

  private static Map<String, String> gzip(String token) {
    return Map.of("Authorization", "Bearer " + token, "Accept-Encoding", "gzip");
  }

  static String signIn(Api api, String username) {
    FakeDiscogs.user(username, "tok-" + username, "EUR");
    Api.Response response = api.post("/api/auth/token", null, "{\"token\":\"tok-" + username + "\"}");
    if (response.status() != 200) {
      throw new IllegalStateException("sign-in failed: " + response);
    }
    return response.json().path("access_token").asText();
  }

  /**
   * {@link #ADDS} adds through the route, one at a time, each timed three ways: by the client, by the
   * server ({@code http.server.requests} of the route), and the same Discogs request made right after
   * through the service's own Discogs client (same rate gate, same HTTP client). Server time minus
   * that Discogs request is the add's own cost. CPU time too, since wall time on a shared machine
   * mostly waits for a core: of the server's threads (Netty's event loop and the I/O pool the
   * controllers run on) during the add, and of this thread during the direct Discogs request (the
   * fake's serving, on its own threads, is in neither).
   */
  record AddTimes(Api api, MeterRegistry registry, DiscogsClient discogs) {

    static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    static final Map<Long, Long> SEEN = new java.util.concurrent.ConcurrentHashMap<>();

    void run(String bearer) {
      long[] client = new long[ADDS];
      long[] server = new long[ADDS];
      long[] direct = new long[ADDS];
      long[] addCpu = new long[ADDS];
      long[] directCpu = new long[ADDS];
      for (int i = 0; i < ADDS; i++) {
        long release = 100_000 + i;
        FakeDiscogs.release(release);
        String body = "{\"release\":\"" + release + "\",\"max_price\":\"25.00\",\"min_condition\":\"VG+\","
            + "\"min_sleeve_condition\":\"VG\",\"location_filter\":[\"DE\",\"NL\",\"FR\"],\"min_seller_rating\":98.5}";
        double before = serverNanos();
        long cpu0 = serverCpuNanos();
        long t0 = System.nanoTime();
        Api.Response added = api.post("/api/wanted-list/add", bearer, body);
        client[i] = System.nanoTime() - t0;
        addCpu[i] = serverCpuNanos() - cpu0;
        if (added.status() != 201) {
          throw new IllegalStateException("add failed: " + added);
        }
        server[i] = (long) (serverNanos() - before);
        long cpu1 = THREADS.getCurrentThreadCpuTime();
        long t1 = System.nanoTime();
        BudgetOwner.as("list-200", () -> discogs.release(release));
        direct[i] = System.nanoTime() - t1;
        directCpu[i] = THREADS.getCurrentThreadCpuTime() - cpu1;
      }
      // the first adds warm the JIT up; the figures are of the second half
      long[] c = Arrays.copyOfRange(client, ADDS / 2, ADDS);
      long[] s = Arrays.copyOfRange(server, ADDS / 2, ADDS);
      long[] d = Arrays.copyOfRange(direct, ADDS / 2, ADDS);
      System.out.printf("add (last %d of %d, medians): %.2f ms at the client, %.2f ms in the server"
          + " (http.server.requests), %.2f ms for its Discogs request through the service's client:"
          + " server time beyond Discogs %.2f ms (p90 of the server time %.2f ms)%n", c.length, ADDS,
          median(c), median(s), median(d), median(s) - median(d), percentile(s, 0.9));
      long[] ac = Arrays.copyOfRange(addCpu, ADDS / 2, ADDS);
      long[] dc = Arrays.copyOfRange(directCpu, ADDS / 2, ADDS);
      System.out.printf("add CPU (medians): %.2f ms of the server's threads per add, %.2f ms per Discogs request:"
          + " beyond Discogs %.2f ms (means %.2f and %.2f ms)%n", median(ac), median(dc), median(ac) - median(dc),
          mean(ac), mean(dc));
    }

    static long serverCpuNanos() {
      // an I/O-pool thread that ends keeps the CPU it was last seen with
      for (Thread t : Thread.getAllStackTraces().keySet()) {
        if (t.getName().startsWith("io-executor-thread") || t.getName().startsWith("default-eventLoopGroup")) {
          long used = THREADS.getThreadCpuTime(t.getId());
          if (used > 0) {
            SEEN.put(t.getId(), used);
          }
        }
      }
      return SEEN.values().stream().mapToLong(Long::longValue).sum();
    }

    private double serverNanos() {
      Timer timer = registry.find("http.server.requests").tag("uri", "/api/wanted-list/add").timer();
      return timer == null ? 0 : timer.totalTime(TimeUnit.NANOSECONDS);
    }
  }

  private static double mean(long[] nanos) {
    return Arrays.stream(nanos).average().orElse(0) / 1e6;
  }

  private static double median(long[] nanos) {
    return percentile(nanos, 0.5);
  }

  private static double percentile(long[] nanos, double p) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return sorted[Math.min(sorted.length - 1, (int) (p * sorted.length))] / 1e6;
  }

  /** {@code count} entries of the shape the API adds, written straight to the store. */
  private static void seed(JdbcWantedEntryStore store, String owner, int count, long firstRelease) {
    AlertCriteria criteria = AlertCriteria.builder()
        .maxPrice(Money.of("25.00", "EUR"))
        .minMediaCondition(MediaCondition.parse("VG+"))
        .minSleeveCondition(MediaCondition.parse("VG"))
        .shipsFrom(ShipsFromFilter.onlyFrom(List.of("DE", "NL", "FR")))
        .minSellerRating(new BigDecimal("98.5"))
        .build();
    for (int i = 0; i < count; i++) {
      long release = firstRelease + i;
      WantedEntry entry = WantedEntry.forRelease(owner, release, "Artist " + release + " – Title " + release,
          Currency.EUR, criteria);
      store.save(entry);
      store.saveMetadata(entry.id(), new ReleaseMetadata("Title " + release, "Artist " + release, 1977,
          "Vinyl, LP, Album", "https://i.discogs.com/cover/" + release + ".jpg", null, "PB 41447"));
    }
  }
}
