package io.waxalert.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The class data archives of issue 15, after {@code package} (failsafe): the README's run command
 * starts the service on the archive the build wrote beside the jar, and the Dockerfile's
 * {@code -Xshare:dump} writes a usable archive from the class list the build wrote; on a new data
 * folder the database is the jar's migrated template (H2Template), not migrated again. Both run with
 * {@code -Xshare:on}, with which the JVM refuses to start unless it maps the archive.
 */
class QuickStartJarIT {

  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String JAR = "waxalert-micronaut-app/target/waxalert.jar";
  /** The run command of the README's quick start: {@code … && java <flags> -jar <jar>}. */
  private static final Pattern RUN_COMMAND = Pattern.compile("&& java (.*) -jar " + Pattern.quote(JAR) + "\\s*$");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  @Test
  void theReadmeRunCommandStartsTheServiceOnTheBuildsClassDataArchive() throws Exception {
    List<String> flags = readmeFlags();
    assertThat(flags).contains("-XX:SharedArchiveFile=waxalert-micronaut-app/target/waxalert.jsa");
    Assumptions.assumeTrue(jvmShares(), "this JVM has no base CDS archive, so the build wrote no archive of its own");
    assertThat(ROOT.resolve("waxalert-micronaut-app/target/waxalert.jsa")).as("written by package").isRegularFile();
    Path work = Files.createTempDirectory("waxalert-quick-start");
    int port = freePort();
    List<String> command = new ArrayList<>(List.of(java(), "-Xshare:on"));
    command.addAll(flags);
    command.addAll(List.of("-jar", JAR));
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true)
        .redirectOutput(work.resolve("out.log").toFile());
    builder.environment().putAll(Map.of(
        "MICRONAUT_SERVER_PORT", String.valueOf(port),
        "WAXALERT_DATA_DIR", work.resolve("data").toString(),
        "WAXALERT_EXCHANGE_RATES_URL", "none",
        "WAXALERT_DISCOGS_API_URL", "http://127.0.0.1:9"));
    Process service = builder.start();
    try {
      awaitHealth(service, port, work.resolve("out.log"));
      assertThat(Files.readString(work.resolve("out.log"))).contains("Startup completed")
          .doesNotContain("Unable to use shared archive", "[warning][cds]")
          // a new data folder's database is the jar's migrated template, not migrated again
          .contains("created from the migrated template").doesNotContain("Migrating schema");
    } finally {
      service.destroy();
      if (!service.waitFor(30, TimeUnit.SECONDS)) {
        service.destroyForcibly().waitFor();
      }
    }
  }

  @Test
  void theDockerfilesDumpWritesAnArchiveFromTheBuildsClassList() throws Exception {
    String dump = Dockerfile.read(ROOT.resolve("deploy/Dockerfile")).all("RUN").stream()
        .filter(run -> run.contains("-Xshare:dump")).findFirst().orElseThrow();
    Path image = Files.createTempDirectory("waxalert-image");
    Files.copy(ROOT.resolve(JAR), image.resolve("waxalert.jar"));
    Files.copy(ROOT.resolve("waxalert-micronaut-app/target/waxalert.classlist"), image.resolve("waxalert.classlist"));
    // the RUN's java command, up to the && that follows it, in a folder standing in for /opt/waxalert
    List<String> command = new ArrayList<>(Arrays.asList(
        dump.substring(0, dump.indexOf("&&")).replace("/opt/waxalert", image.toString()).trim().split("\\s+")));
    command.set(0, java());
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(image.resolve("dump.log").toFile()).start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(image.resolve("dump.log"))).isZero();

    Process check = new ProcessBuilder(java(), "-Xshare:on", "-XX:SharedArchiveFile=" + image.resolve("waxalert.jsa"),
        "-cp", image.resolve("waxalert.jar").toString(), "-version").redirectErrorStream(true).start();
    String output = new String(check.getInputStream().readAllBytes());
    assertThat(check.waitFor()).as(output).isZero();
    assertThat(output).contains("sharing");
  }

  private static List<String> readmeFlags() throws IOException {
    for (String line : Files.readAllLines(ROOT.resolve("README.md"))) {
      Matcher run = RUN_COMMAND.matcher(line);
      if (run.find()) {
        return List.of(run.group(1).trim().split("\\s+"));
      }
    }
    throw new AssertionError("README.md has no run command '… && java <flags> -jar " + JAR + "'");
  }

  private static void awaitHealth(Process service, int port, Path log) throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    HttpRequest health = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
        .timeout(Duration.ofSeconds(5)).build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      assertThat(service.isAlive()).as("the service is running; its output: %s", Files.readString(log)).isTrue();
      try {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no 200 from /health within " + START_TIMEOUT + ": " + Files.readString(log));
  }

  /** Whether this JVM maps its own base CDS archive, which the build's archive is written on top of. */
  private static boolean jvmShares() throws IOException, InterruptedException {
    Process version = new ProcessBuilder(java(), "-Xshare:on", "-version").redirectErrorStream(true).start();
    version.getInputStream().readAllBytes();
    return version.waitFor() == 0;
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
