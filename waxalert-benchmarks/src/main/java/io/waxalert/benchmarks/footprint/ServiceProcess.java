package io.waxalert.benchmarks.footprint;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The service jar started as the README starts it ({@code java <flags> -jar <jar>} from the
 * repository root), on its embedded defaults except the port, the data folder and where Discogs is.
 * Knows its start times and reads its resident set from {@code /proc/<pid>/status}.
 */
final class ServiceProcess implements AutoCloseable {

  private static final Pattern STARTUP = Pattern.compile("Startup completed in (\\d+) ?ms");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(2);

  private final Process process;
  private final Path log;
  private final int port;
  /** Wall time from launching {@code java} until {@code /health} answered 200. */
  final long healthMillis;
  /** Micronaut's own "Startup completed in … ms" (JVM start to server running). */
  final long startupMillis;
  /**
   * CPU time (user and system, all threads) the JVM spent until {@code /health} answered: on a
   * shared machine the start's wall time is mostly waiting for a core, its CPU time is not.
   */
  final long startCpuMillis;

  private ServiceProcess(Process process, Path log, int port, long healthMillis, long startupMillis) throws IOException {
    this.process = process;
    this.log = log;
    this.port = port;
    this.healthMillis = healthMillis;
    this.startupMillis = startupMillis;
    this.startCpuMillis = cpuMillis();
  }

  static ServiceProcess start(Path repoRoot, Path jar, List<String> flags, Path dataDir, String discogsUrl)
      throws IOException, InterruptedException {
    int port = freePort();
    Path log = dataDir.resolveSibling(dataDir.getFileName() + "-" + System.nanoTime() + ".log");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(flags);
    command.add("-jar");
    command.add(jar.toString());
    ProcessBuilder builder = new ProcessBuilder(command).directory(repoRoot.toFile())
        .redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(Map.of(
        "MICRONAUT_SERVER_PORT", String.valueOf(port),
        "WAXALERT_DATA_DIR", dataDir.toString(),
        "WAXALERT_DISCOGS_API_URL", discogsUrl,
        "WAXALERT_DISCOGS_WEB_URL", discogsUrl,
        "WAXALERT_DISCOGS_REQUESTS_PER_MINUTE", String.valueOf(FakeDiscogs.RATE),
        "WAXALERT_EXCHANGE_RATES_URL", "none"));   // nothing leaves this machine
    long launched = System.nanoTime();
    Process process = builder.start();
    long healthMillis = awaitHealth(process, port, launched, log);
    Matcher startup = STARTUP.matcher(Files.readString(log));
    long startupMillis = startup.find() ? Long.parseLong(startup.group(1)) : -1;
    return new ServiceProcess(process, log, port, healthMillis, startupMillis);
  }

  private static long awaitHealth(Process process, int port, long launched, Path log)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = launched + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service stopped while starting: " + Files.readString(log));
      }
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return (System.nanoTime() - launched) / 1_000_000;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(20);
    }
    process.destroyForcibly();
    throw new IllegalStateException("no 200 from /health within " + START_TIMEOUT + ": " + Files.readString(log));
  }

  String baseUrl() {
    return "http://127.0.0.1:" + port;
  }

  /** {@code VmRSS} (now) and {@code VmHWM} (the peak so far) of the service's JVM, in MiB. */
  Memory memory() throws IOException {
    long rss = -1;
    long peak = -1;
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = kib(line);
      } else if (line.startsWith("VmHWM:")) {
        peak = kib(line);
      }
    }
    return new Memory(rss / 1024.0, peak / 1024.0);
  }

  record Memory(double rssMib, double peakMib) {}

  /** utime + stime from {@code /proc/<pid>/stat}, in clock ticks of 10 ms (Linux' USER_HZ). */
  long cpuMillis() throws IOException {
    String stat = Files.readString(Path.of("/proc", String.valueOf(process.pid()), "stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) * 10;
  }

  private static long kib(String statusLine) {
    return Long.parseLong(statusLine.replaceAll("\\D+", ""));
  }

  String output() throws IOException {
    return Files.readString(log);
  }

  /** SIGTERM, as a container stop or Ctrl-C would; the service shuts down in order. */
  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor();
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
