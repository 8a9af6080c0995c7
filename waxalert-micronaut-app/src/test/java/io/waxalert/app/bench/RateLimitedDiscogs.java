package io.waxalert.app.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmarks' fake Discogs: a JDK HttpServer on the loopback answering {@code /marketplace/stats/{id}}
 * in Discogs' shape (lowest price {@code 5 + id % 40} EUR, three for sale), enforcing a rate of
 * {@code perMinute} requests in any sliding minute with 429 beyond, and sending Discogs' rate-limit
 * headers. Its own thread pool keeps it from being the bottleneck. Counts requests and 429s.
 */
final class RateLimitedDiscogs implements AutoCloseable {

  final AtomicLong requests = new AtomicLong();
  final AtomicLong tooMany = new AtomicLong();
  private final int perMinute;
  private final ArrayDeque<Long> window = new ArrayDeque<>();
  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(8, new ThreadFactory() {
    private final AtomicLong count = new AtomicLong();

    @Override
    public Thread newThread(Runnable task) {
      return new Thread(task, "fake-discogs-" + count.incrementAndGet());
    }
  });

  RateLimitedDiscogs(int perMinute) throws IOException {
    // without it the JDK server's header and body writes meet the client's delayed ACK: 40 ms an answer
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.perMinute = perMinute;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/marketplace/stats/", this::stats);
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private void stats(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    long now = System.nanoTime();
    int remaining;
    synchronized (window) {
      while (!window.isEmpty() && now - window.peekFirst() > 60_000_000_000L) {
        window.pollFirst();
      }
      remaining = perMinute - window.size();
      if (remaining > 0) {
        window.addLast(now);
      }
    }
    if (remaining <= 0) {
      tooMany.incrementAndGet();
      respond(exchange, 429, "{\"message\": \"You are making requests too quickly.\"}", 0);
      return;
    }
    long release = Long.parseLong(exchange.getRequestURI().getPath().substring("/marketplace/stats/".length()));
    String price = (5 + release % 40) + ".00";
    respond(exchange, 200, "{\"lowest_price\": {\"currency\": \"EUR\", \"value\": " + price
        + "}, \"num_for_sale\": 3, \"blocked_from_sale\": false}", remaining - 1);
  }

  private void respond(HttpExchange exchange, int status, String body, int remaining) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit", String.valueOf(perMinute));
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit-Remaining", String.valueOf(remaining));
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
