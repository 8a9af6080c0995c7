package io.waxalert.app.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop HTTP load generator in the manner of wrk: a fixed number of connections, each a JDK
 * {@link HttpClient} with one request in flight (so each keeps exactly one keep-alive connection),
 * driven by a thread of its own. (Driving them asynchronously from a small pool looks closer to
 * wrk's two threads but is not: with an executor of its own the JDK client hands every answer to
 * the common fork-join pool, which on two cores starts a new thread per answer.) Reports
 * throughput and latency percentiles of the requests served in the measured window. {@link #runAtRate}
 * drives the same connections in an open loop instead, at a fixed request rate.
 */
final class HttpLoad implements AutoCloseable {

  /** What one target served in the window. */
  record Result(String name, long requests, long errors, double perSecond, double p50Ms, double p99Ms,
      double maxMs, long bytesPerAnswer) {

    String line() {
      return String.format("%-28s %9.0f req/s  p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  %,8d B/answer  %d errors",
          name, perSecond, p50Ms, p99Ms, maxMs, bytesPerAnswer, errors);
    }
  }

  private final ExecutorService threads;
  private final List<HttpClient> clients = new ArrayList<>();

  HttpLoad(int connections) {
    threads = Executors.newFixedThreadPool(connections, r -> {
      Thread t = new Thread(r, "load");
      t.setDaemon(true);
      return t;
    });
    for (int i = 0; i < connections; i++) {
      clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5)).build());
    }
  }

  /** Drives {@code uri} from every connection for {@code duration}; only 2xx answers count as served. */
  Result run(String name, URI uri, Map<String, String> headers, Duration duration) throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(30));
    headers.forEach(builder::header);
    HttpRequest request = builder.build();
    long end = System.nanoTime() + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    List<Future<long[]>> loops = new ArrayList<>();
    for (HttpClient client : clients) {
      loops.add(threads.submit(() -> loop(client, request, 0, 0, end, errors, bytes)));
    }
    return result(name, loops, duration, errors, bytes);
  }

  private static Result result(String name, List<Future<long[]>> loops, Duration duration, AtomicLong errors,
      AtomicLong bytes) throws Exception {
    List<Long> all = new ArrayList<>();
    for (Future<long[]> loop : loops) {
      for (long latency : loop.get()) {
        all.add(latency);
      }
    }
    long[] sorted = all.stream().mapToLong(Long::longValue).toArray();
    Arrays.sort(sorted);
    long served = sorted.length;
    double seconds = duration.toNanos() / 1e9;
    return new Result(name, served, errors.get(), served / seconds, percentile(sorted, 0.50),
        percentile(sorted, 0.99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6,
        served == 0 ? 0 : bytes.get() / served);
  }

  /**
   * An open loop: {@code perSecond} requests a second in all, spread evenly over the connections on
   * a fixed schedule that does not wait for the answers (the way a reader judges a latency goal, as
   * wrk2 does). Each latency is counted from the moment its request was due, not from when it was
   * sent, so a request held up behind a slow one counts its wait too (no coordinated omission).
   * Only meaningful well under the route's capacity; {@link Result#perSecond()} says whether the
   * schedule was kept.
   */
  Result runAtRate(String name, URI uri, Map<String, String> headers, Duration duration, double perSecond)
      throws Exception {
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(30));
    headers.forEach(builder::header);
    HttpRequest request = builder.build();
    long intervalNanos = (long) (1e9 * clients.size() / perSecond);
    long start = System.nanoTime() + 10_000_000;
    long end = start + duration.toNanos();
    AtomicLong errors = new AtomicLong();
    AtomicLong bytes = new AtomicLong();
    List<Future<long[]>> loops = new ArrayList<>();
    for (int i = 0; i < clients.size(); i++) {
      HttpClient client = clients.get(i);
      long first = start + intervalNanos * i / clients.size(); // the connections take turns
      loops.add(threads.submit(() -> loop(client, request, first, intervalNanos, end, errors, bytes)));
    }
    return result(name, loops, duration, errors, bytes);
  }

  /**
   * One connection's requests until {@code end}: with {@code intervalNanos} 0 a closed loop (the
   * next request when the last is answered, latency from sending it), else one request every
   * {@code intervalNanos} from {@code first} (latency from when it was due).
   */
  private static long[] loop(HttpClient client, HttpRequest request, long first, long intervalNanos, long end,
      AtomicLong errors, AtomicLong bytes) {
    long[] latencies = new long[1 << 16];
    int served = 0;
    for (long due = first; served < latencies.length; due += intervalNanos) {
      if (intervalNanos == 0) {
        due = System.nanoTime();
      }
      if (due >= end) {
        break;
      }
      long wait = due - System.nanoTime();
      if (wait > 0) {
        java.util.concurrent.locks.LockSupport.parkNanos(wait);
      }
      try {
        HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() / 100 == 2) {
          latencies[served++] = System.nanoTime() - due;
          bytes.addAndGet(response.body().length);
        } else {
          errors.incrementAndGet();
        }
      } catch (IOException e) {
        errors.incrementAndGet();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    return Arrays.copyOf(latencies, served);
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
  }

  @Override
  public void close() {
    threads.shutdownNow();
  }
}
