package io.waxalert.benchmarks.footprint;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One user's session against the running service, through its public API only: sign in with a
 * token, add entries, read the list many times over from several connections, check everything.
 * Every answer is checked, so a figure never comes from a load that failed.
 */
final class LoadDriver {

  private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern NUMBER = Pattern.compile("\"(checked|failed)\"\\s*:\\s*(\\d+)");

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;
  private String bearer;

  LoadDriver(String base) {
    this.base = base;
  }

  void signIn() throws IOException, InterruptedException {
    HttpResponse<String> answer = post("/api/auth/token", "{\"token\": \"footprint-token\"}", 200);
    Matcher token = ACCESS_TOKEN.matcher(answer.body());
    if (!token.find()) {
      throw new IllegalStateException("sign-in answered no access_token: " + answer.body());
    }
    bearer = token.group(1);
  }

  /** Adds releases 1..count one after another, as a user would; answers the mean milliseconds per add. */
  double addEntries(int count) throws IOException, InterruptedException {
    long start = System.nanoTime();
    for (int release = 1; release <= count; release++) {
      post("/api/wanted-list/add", """
          {"release": "%d", "max_price": "10.00", "max_price_currency": "EUR", "min_condition": "VG+"}"""
          .formatted(release), 201);
    }
    return (System.nanoTime() - start) / 1e6 / count;
  }

  /** The signed-in list, checked to hold {@code entries} entries; answers its size in bytes. */
  int listSize(int entries) throws IOException, InterruptedException {
    String body = send(request("/api/wanted-list").GET().build(), 200).body();
    int found = body.split("\"discogs_release_id\"", -1).length - 1;
    if (found != entries) {
      throw new IllegalStateException("the list holds " + found + " entries, expected " + entries);
    }
    return body.length();
  }

  /** {@code total} GETs of {@code path} from {@code connections} concurrent loops. */
  Throughput hammer(String path, int total, int connections) throws Exception {
    HttpRequest get = request(path).GET().build();
    long[] nanos = new long[total];
    AtomicInteger next = new AtomicInteger();
    ExecutorService loops = Executors.newFixedThreadPool(connections);
    long start = System.nanoTime();
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int c = 0; c < connections; c++) {
        done.add(loops.submit(() -> {
          for (int i = next.getAndIncrement(); i < total; i = next.getAndIncrement()) {
            long sent = System.nanoTime();
            send(get, 200);
            nanos[i] = System.nanoTime() - sent;
          }
          return null;
        }));
      }
      for (Future<?> loop : done) {
        loop.get();
      }
    } finally {
      loops.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    Arrays.sort(nanos);
    return new Throughput(total / seconds, nanos[total / 2] / 1e6, nanos[(int) (total * 0.99)] / 1e6);
  }

  record Throughput(double perSecond, double p50Millis, double p99Millis) {}

  /** Checks every entry now; fails unless all {@code entries} were checked and none failed. */
  void checkAll(int entries) throws IOException, InterruptedException {
    String body = post("/api/wanted-list/check-all", "{}", 200).body();
    Matcher numbers = NUMBER.matcher(body);
    int checked = -1;
    int failed = -1;
    while (numbers.find()) {
      if (numbers.group(1).equals("checked")) {
        checked = Integer.parseInt(numbers.group(2));
      } else {
        failed = Integer.parseInt(numbers.group(2));
      }
    }
    if (checked != entries || failed != 0) {
      throw new IllegalStateException("check-all answered " + body + ", expected " + entries + " checked, 0 failed");
    }
  }

  private HttpResponse<String> post(String path, String json, int expected) throws IOException, InterruptedException {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(), expected);
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofMinutes(2));
    return bearer == null ? builder : builder.header("Authorization", "Bearer " + bearer);
  }

  private HttpResponse<String> send(HttpRequest request, int expected) throws IOException, InterruptedException {
    HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
    if (answer.statusCode() != expected) {
      throw new IllegalStateException(request.method() + " " + request.uri().getPath() + " answered "
          + answer.statusCode() + ", expected " + expected + ": " + answer.body());
    }
    return answer;
  }
}
