package io.waxalert.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for Discogs' API that answers {@code GET /users/crate_digger/inventory} with inventory
 * pages recorded in Discogs' 2025 shape ({@code inventory/round<r>-page<p>.json}, 3 listings a
 * page), as the shop stood at each round; any other seller is Discogs' 404. Counts the requests.
 */
final class RecordedInventories implements AutoCloseable {

  static final String SELLER = "crate_digger";

  private static final Pattern PAGE = Pattern.compile("(?:^|&)page=(\\d+)");

  private final HttpServer server;
  private final AtomicInteger round = new AtomicInteger(1);
  private final AtomicInteger requests = new AtomicInteger();

  RecordedInventories() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("no local port for the recorded Discogs", e);
    }
    server.createContext("/users/", this::answer);
    server.start();
  }

  /** Where the client should send its API requests. */
  String url() {
    return "http://" + server.getAddress().getHostString() + ":" + server.getAddress().getPort();
  }

  /** The shop as it stood at round {@code r}: 1 as first recorded, 2 an hour later. */
  void round(int r) {
    round.set(r);
  }

  int requests() {
    return requests.get();
  }

  private void answer(HttpExchange exchange) throws IOException {
    requests.incrementAndGet();
    String query = exchange.getRequestURI().getRawQuery() == null ? "" : exchange.getRequestURI().getRawQuery();
    Matcher page = PAGE.matcher(query);
    String resource = "inventory/round" + round.get() + "-page" + (page.find() ? page.group(1) : "1") + ".json";
    InputStream recorded = exchange.getRequestURI().getPath().equals("/users/" + SELLER + "/inventory")
        ? RecordedInventories.class.getResourceAsStream(resource) : null;
    byte[] body = recorded == null
        ? "{\"message\": \"User does not exist or may have been deleted.\"}".getBytes(StandardCharsets.UTF_8)
        : recorded.readAllBytes();
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(recorded == null ? 404 : 200, body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(body);
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
