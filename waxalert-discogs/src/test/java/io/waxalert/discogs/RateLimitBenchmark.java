package io.waxalert.discogs;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.waxalert.core.model.Currency;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Not a unit test: drives one client against a local fake that enforces Discogs' moving window,
 * scaled down (default 600 requests per 6-second window, i.e. 60/min × 100), and reports 429s and
 * the sustained rate. Run from the repository root:
 *
 * <pre>
 * mvn -B -q test-compile exec:java -pl waxalert-discogs -Dexec.skip=false -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.waxalert.discogs.RateLimitBenchmark [-Dexec.args="600 6 40 8"]
 * </pre>
 *
 * Arguments: budget per window, window seconds, run seconds, caller threads.
 */
public final class RateLimitBenchmark {

  /** A moving-window limiter like Discogs': 429 with an empty body once the window is full. */
  static final long START = System.nanoTime();

  static final class MovingWindowServer {
    final int limit;
    final long windowNanos;
    final ArrayDeque<Long> arrivals = new ArrayDeque<>();
    final AtomicLong ok = new AtomicLong();
    final AtomicLong tooMany = new AtomicLong();
    final HttpServer server;

    MovingWindowServer(int limit, Duration window) throws IOException {
      // Without TCP_NODELAY the JDK server and client meet Nagle and delayed ACKs: ~45 ms a round trip.
      System.setProperty("sun.net.httpserver.nodelay", "true");
      this.limit = limit;
      this.windowNanos = window.toNanos();
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
      server.setExecutor(Executors.newFixedThreadPool(32));
      server.createContext("/", this::handle);
      server.start();
    }

    void handle(HttpExchange exchange) throws IOException {
      int used;
      boolean allowed;
      synchronized (arrivals) {
        long now = System.nanoTime();
        while (!arrivals.isEmpty() && now - arrivals.peekFirst() >= windowNanos) {
          arrivals.pollFirst();
        }
        allowed = arrivals.size() < limit;
        if (allowed) {
          arrivals.addLast(now);
        }
        used = arrivals.size();
      }
      exchange.getResponseHeaders().add("X-Discogs-Ratelimit", Integer.toString(limit));
      exchange.getResponseHeaders().add("X-Discogs-Ratelimit-Used", Integer.toString(used));
      exchange.getResponseHeaders().add("X-Discogs-Ratelimit-Remaining", Integer.toString(Math.max(0, limit - used)));
      exchange.getRequestBody().readAllBytes();
      if (!allowed) {
        tooMany.incrementAndGet();
        if (System.getProperty("bench.debug") != null) {
          System.out.println("429 at " + (System.nanoTime() - START) / 1_000_000 + " ms, used " + used);
        }
        exchange.sendResponseHeaders(429, -1);
        exchange.close();
        return;
      }
      ok.incrementAndGet();
      byte[] body = "{\"lowest_price\": {\"value\": 12.5, \"currency\": \"EUR\"}, \"num_for_sale\": 3, \"blocked_from_sale\": false}"
          .getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().add("Content-Type", "application/json");
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }

    void stop() {
      server.stop(0);
      ((ExecutorService) server.getExecutor()).shutdownNow();
    }
  }

  public static void main(String[] args) throws Exception {
    int budget = args.length > 0 ? Integer.parseInt(args[0]) : 600;
    Duration window = Duration.ofSeconds(args.length > 1 ? Long.parseLong(args[1]) : 6);
    Duration run = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 40);
    int threads = args.length > 3 ? Integer.parseInt(args[3]) : 8;

    MovingWindowServer fake = new MovingWindowServer(budget, window);
    String url = "http://127.0.0.1:" + fake.server.getAddress().getPort();
    DiscogsClient client = DiscogsClient.create(DiscogsClientConfig.builder()
        .apiBaseUrl(url)
        .credentials(DiscogsCredentials.personalToken("benchmark"))
        .requestsPerWindow(budget)
        .rateWindow(window)
        .rateLimitedBackoff(window)
        .build());

    long deadline = System.nanoTime() + run.toNanos();
    AtomicLong calls = new AtomicLong();
    AtomicLong failures = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long start = System.nanoTime();
    List<java.util.concurrent.Future<?>> workers = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      workers.add(pool.submit(() -> {
        while (System.nanoTime() < deadline) {
          try {
            client.marketStats(1001, Currency.EUR);
            calls.incrementAndGet();
          } catch (DiscogsException e) {
            failures.incrementAndGet();
          }
        }
      }));
    }
    for (java.util.concurrent.Future<?> w : workers) {
      w.get();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    fake.stop();

    double budgetPerSecond = budget / (double) window.toSeconds();
    double achieved = fake.ok.get() / seconds;
    RateLimitStats stats = client.rateLimitStats();
    System.out.printf("budget %d per %ds window (%.1f/s), %d caller threads, %.1f s run%n",
        budget, window.toSeconds(), budgetPerSecond, threads, seconds);
    System.out.printf("server: %d answered 200, %d answered 429%n", fake.ok.get(), fake.tooMany.get());
    System.out.printf("client: %d calls ok, %d failed, %d HTTP attempts, %d 429s seen, last remaining %s%n",
        calls.get(), failures.get(), stats.requests(), stats.rateLimitedResponses(), stats.lastRemaining());
    System.out.printf("sustained rate %.2f/s = %.1f %% of budget%n", achieved, 100 * achieved / budgetPerSecond);
  }

  private RateLimitBenchmark() {}
}
