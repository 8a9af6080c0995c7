package io.waxalert.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The jar the build packages, at the path the Dockerfile copies it from, started as the image
 * starts it with {@code WAXALERT_LOG_FORMAT=json}: every line it writes is one JSON object, the
 * core's System.Logger lines among them. Runs after {@code package} (failsafe).
 */
class ServiceJarIT {

  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
  private static final String CORE_LOGGER = "io.waxalert.core.monitor.MonitoringEngine";

  @Test
  void theJarWritesOneJsonLogStreamWithTheCoresLinesInIt() throws Exception {
    String copied = Dockerfile.read(Path.of("..", "deploy", "Dockerfile")).copyOf(".jar").get(0);
    Path jar = Path.of("..").resolve(copied);
    assertThat(jar).as("the Dockerfile's COPY source, built by this module").isRegularFile();
    Path work = Files.createTempDirectory("waxalert-jar-it");
    Path out = work.resolve("stdout.log");
    Path err = work.resolve("stderr.log");
    int port = freePort();
    ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", jar.toAbsolutePath().toString()).directory(work.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile());
    builder.environment().putAll(Map.of(
        "WAXALERT_LOG_FORMAT", "json",
        "MICRONAUT_SERVER_PORT", String.valueOf(port),
        "WAXALERT_DATA_DIR", work.resolve("data").toString(),
        "WAXALERT_MONITOR_INITIAL_DELAY", "0s",          // the pass starts at once
        "WAXALERT_EXCHANGE_RATES_URL", "none",           // nothing leaves this machine
        "WAXALERT_DISCOGS_API_URL", "http://127.0.0.1:9"));
    Process service = builder.start();
    try {
      List<JsonNode> lines = awaitCoreLine(out, service);
      HttpResponse<String> health = HttpClient.newHttpClient().send(
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health")).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(200);

      assertThat(lines).allSatisfy(line -> assertThat(line.has("level") && line.has("loggerName")
          && line.has("formattedMessage")).as(line.toString()).isTrue());
      assertThat(lines).anySatisfy(line -> assertThat(line.path("formattedMessage").asText()).startsWith("Startup completed"));
      assertThat(lines).anySatisfy(line -> {
        assertThat(line.path("loggerName").asText()).isEqualTo(CORE_LOGGER);
        assertThat(line.path("formattedMessage").asText()).startsWith("monitoring: ready, reading market statistics");
      });
      assertThat(Files.readString(err)).as("stderr").doesNotContain("SLF4J", "|-WARN", "|-ERROR");
    } finally {
      service.destroy();
      if (!service.waitFor(30, TimeUnit.SECONDS)) {
        service.destroyForcibly().waitFor();
      }
    }
  }

  /** Every stdout line parsed, once the start and the core's first line are among them; each must be JSON. */
  private static List<JsonNode> awaitCoreLine(Path out, Process service) throws IOException, InterruptedException {
    ObjectMapper json = new ObjectMapper();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      assertThat(service.isAlive()).as("the service is running; its output: %s", Files.readString(out)).isTrue();
      List<JsonNode> lines = new ArrayList<>();
      String written = Files.readString(out);
      // complete lines only: the one after the last newline may be half written
      for (String line : written.substring(0, written.lastIndexOf('\n') + 1).lines().toList()) {
        lines.add(json.readTree(line));
      }
      if (lines.stream().anyMatch(line -> line.path("loggerName").asText().equals(CORE_LOGGER))
          && lines.stream().anyMatch(line -> line.path("formattedMessage").asText().startsWith("Startup completed"))) {
        return lines;
      }
      Thread.sleep(250);
    }
    throw new AssertionError("no start and no line of " + CORE_LOGGER + " within " + START_TIMEOUT + ": " + Files.readString(out));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
