import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Writes the service's class data archive (AppCDS, JDK 13+): starts the jar once with
 * {@code -XX:ArchiveClassesAtExit}, sends it the requests of a first visit, stops it with SIGTERM,
 * and the JVM writes every class it loaded, parsed and verified, into the archive as it exits.
 * {@code java -XX:SharedArchiveFile=<archive> -jar <jar>} then maps those classes instead of
 * loading them from the jar (README, quick start). Run by the build after the jar is packaged:
 *
 * <pre>java src/build/ClassDataArchive.java target/waxalert.jar target/waxalert.jsa target/waxalert.classlist</pre>
 *
 * The archive fits exactly this jar and this JVM build; with another JVM, or a jar rebuilt since,
 * the JVM runs without it. The same run lists the classes it loaded ({@code -XX:DumpLoadedClassList}):
 * from that list any JDK 17 writes an archive of its own without starting the service
 * ({@code java -Xshare:dump}, as {@code deploy/Dockerfile} does). The training run talks to nothing
 * outside this machine: its Discogs address is a closed local port, exchange rates are off, and its
 * data folder is deleted.
 *
 * <p>An archive only makes the start cheaper, so a JVM that cannot write one (a JDK without its
 * base CDS archive, say) does not fail the build: it leaves none and says why, and the README's
 * command then starts the service without it ({@code -XX:SharedArchiveFile} of a missing file is
 * ignored). {@code QuickStartJarIT} fails when the archive is missing on a JVM that could write it.
 */
public final class ClassDataArchive {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  /** The JVM writes the archive as it exits, after the service's shutdown: 74 s at load average 15 on 2 cores. */
  private static final Duration EXIT_TIMEOUT = Duration.ofMinutes(5);
  /** A first visit: pages, assets, the API refusing a stranger, metrics, the API document. */
  private static final List<String> FIRST_VISIT = List.of("/health", "/", "/sign-in", "/assets/app.css",
      "/api/wanted-list", "/api/me", "/prometheus", "/swagger/waxalert-0.1.yml", "/no-such-page");

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      throw new IllegalArgumentException(
          "usage: java ClassDataArchive.java <service jar> <archive to write> <class list to write>");
    }
    Path jar = Path.of(args[0]).toAbsolutePath();
    Path archive = Path.of(args[1]).toAbsolutePath();
    Path classList = Path.of(args[2]).toAbsolutePath();
    Files.deleteIfExists(archive);
    Files.deleteIfExists(classList);
    Path work = Files.createTempDirectory(archive.getParent(), "cds-training");
    try {
      train(jar, archive, classList, work);
    } catch (IllegalStateException | IOException notWritten) {
      Files.deleteIfExists(archive);
      Files.deleteIfExists(classList);
      System.out.println("[WARNING] No class data archive, the service starts without one (slower): "
          + notWritten.getMessage());
    } finally {
      deleteTree(work);
    }
  }

  private static void train(Path jar, Path archive, Path classList, Path work) throws IOException, InterruptedException {
    int port = freePort();
    Path log = work.resolve("service.log");
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-XX:ArchiveClassesAtExit=" + archive, "-XX:DumpLoadedClassList=" + classList, "-Xlog:cds=off",
        "-jar", jar.toString())
        .directory(work.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
    builder.environment().put("WAXALERT_DATA_DIR", work.resolve("data").toString());
    builder.environment().put("WAXALERT_DISCOGS_API_URL", "http://127.0.0.1:9");
    builder.environment().put("WAXALERT_DISCOGS_WEB_URL", "http://127.0.0.1:9");
    builder.environment().put("WAXALERT_EXCHANGE_RATES_URL", "none");
    Process service = builder.start();
    try {
      visit(service, port, log);
    } finally {
      service.destroy(); // SIGTERM: an orderly exit, at which the JVM writes the archive
      if (!service.waitFor(EXIT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        service.destroyForcibly().waitFor();
      }
    }
    for (Path written : List.of(archive, classList)) {
      if (!Files.isRegularFile(written) || Files.size(written) == 0) {
        fail("the JVM did not write " + written, log);
      }
    }
  }

  private static void visit(Process service, int port, Path log) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    String base = "http://127.0.0.1:" + port;
    long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
    while (!answers(client, base + "/health")) {
      if (!service.isAlive() || System.nanoTime() > deadline) {
        fail("the service stopped, or did not answer /health within " + START_TIMEOUT, log);
      }
      Thread.sleep(100);
    }
    for (String path : FIRST_VISIT) {
      client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.discarding());
    }
  }

  private static boolean answers(HttpClient client, String url) throws InterruptedException {
    try {
      return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
          HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  private static void fail(String message, Path log) throws IOException {
    List<String> lines = Files.readAllLines(log);
    throw new IllegalStateException(message + "; the last lines the JVM wrote:\n"
        + String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size())));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
