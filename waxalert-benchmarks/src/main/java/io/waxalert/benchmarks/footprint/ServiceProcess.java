package io.waxalert.benchmarks.footprint;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
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
  private static final byte[] HEALTH = "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
      .getBytes(StandardCharsets.US_ASCII);

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

  /**
   * Polls {@code /health} every 10 ms with one plain socket each, written and read by hand: the
   * poller must not take the cores the start it times needs (a curl process per poll slowed a
   * start by a fifth on two cores; a JDK HttpClient's first request loads hundreds of classes).
   */
  private static long awaitHealth(Process process, int port, long launched, Path log)
      throws IOException, InterruptedException {
    long deadline = launched + START_TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the service stopped while starting: " + Files.readString(log));
      }
      if (answersOk(port)) {
        return (System.nanoTime() - launched) / 1_000_000;
      }
      Thread.sleep(10);
    }
    process.destroyForcibly();
    throw new IllegalStateException("no 200 from /health within " + START_TIMEOUT + ": " + Files.readString(log));
  }

  private static boolean answersOk(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 1_000);
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(HEALTH);
      byte[] status = socket.getInputStream().readNBytes(12);
      return new String(status, StandardCharsets.US_ASCII).equals("HTTP/1.1 200");
    } catch (IOException notYet) {
      return false; // not listening yet
    }
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
