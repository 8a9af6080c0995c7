package io.waxalert.benchmarks.footprint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The four Discogs routes a sign-in, an add and a check-all use, answered at once in Discogs' shapes
 * (cut down to the fields the client reads): {@code /oauth/identity}, {@code /users/{name}},
 * {@code /releases/{id}} and {@code /marketplace/stats/{id}}. Any token is accepted as user
 * {@value #USERNAME}; every release's lowest price is {@value #LOWEST_PRICE} EUR, so an entry whose
 * maximum is below it is checked without an alert (no mail server needed).
 */
final class FakeDiscogs implements AutoCloseable {

  static final String USERNAME = "footprint";
  static final String LOWEST_PRICE = "30.00";
  /** Discogs' 60 requests a minute scaled by 1,000, so the budget never paces the load. */
  static final int RATE = 60_000;

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final AtomicLong requests = new AtomicLong();

  FakeDiscogs() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setExecutor(threads);
    server.createContext("/oauth/identity", exchange -> answer(exchange, """
        {"id": 1578108, "username": "%s", "resource_url": "https://api.discogs.com/users/%s",
         "consumer_name": "WaxAlert"}""".formatted(USERNAME, USERNAME)));
    server.createContext("/users/", exchange -> answer(exchange, """
        {"id": 1578108, "username": "%s", "name": "Footprint Bench", "email": "%s@example.com",
         "resource_url": "https://api.discogs.com/users/%s", "curr_abbr": "EUR", "activated": true,
         "num_collection": 0, "num_wantlist": 0}""".formatted(USERNAME, USERNAME, USERNAME)));
    server.createContext("/releases/", exchange -> {
      long id = idAfter(exchange, "/releases/");
      answer(exchange, """
          {"id": %d, "status": "Accepted", "year": 1987, "title": "Bench Title %d", "country": "UK",
           "resource_url": "https://api.discogs.com/releases/%d",
           "uri": "https://www.discogs.com/release/%d", "master_id": %d,
           "artists": [{"name": "Bench Artist", "anv": "", "join": "", "id": 72872}],
           "formats": [{"name": "Vinyl", "qty": "1", "descriptions": ["LP", "Album"]}],
           "labels": [{"name": "RCA", "catno": "PL %d", "id": 895}],
           "images": [], "thumb": "", "num_for_sale": 5, "lowest_price": %s}"""
          .formatted(id, id, id, id, 900_000 + id, id, LOWEST_PRICE));
    });
    server.createContext("/marketplace/stats/", exchange -> answer(exchange, """
        {"lowest_price": {"currency": "EUR", "value": %s}, "num_for_sale": 5, "blocked_from_sale": false}"""
        .formatted(LOWEST_PRICE)));
    server.start();
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  long requests() {
    return requests.get();
  }

  private static long idAfter(HttpExchange exchange, String prefix) {
    return Long.parseLong(exchange.getRequestURI().getPath().substring(prefix.length()));
  }

  private void answer(HttpExchange exchange, String body) throws IOException {
    requests.incrementAndGet();
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit", String.valueOf(RATE));
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit-Used", "1");
    exchange.getResponseHeaders().add("X-Discogs-Ratelimit-Remaining", String.valueOf(RATE - 1));
    exchange.sendResponseHeaders(200, bytes.length);
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
