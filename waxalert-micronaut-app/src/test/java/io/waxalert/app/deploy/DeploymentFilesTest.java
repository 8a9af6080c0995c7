package io.waxalert.app.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.Yaml;

/**
 * {@code deploy/Dockerfile} and {@code deploy/compose.yaml}, read as Docker would (no Docker engine
 * runs here): they start the jar this build produces, as a non-root user with its data folder on a
 * volume, and configure the service only through properties it really reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DeploymentFilesTest {

  private static final Path DEPLOY = Path.of("..", "deploy");
  private static final List<String> CONTRACT_PREFIXES =
      List.of("WAXALERT_", "DATASOURCES_DEFAULT_", "JAVAMAIL_PROPERTIES_MAIL_SMTP_");
  /** Read by LogSetup before the service starts, not a Micronaut property. */
  private static final String LOG_FORMAT_VARIABLE = "WAXALERT_LOG_FORMAT";

  private ServiceProperties properties;
  private Dockerfile dockerfile;
  private Map<String, Object> compose;

  @BeforeAll
  void readFiles() throws IOException {
    properties = ServiceProperties.ofThisBuild();
    dockerfile = Dockerfile.read(DEPLOY.resolve("Dockerfile"));
    try (InputStream in = Files.newInputStream(DEPLOY.resolve("compose.yaml"))) {
      compose = new Yaml().load(in);
    }
  }

  @Test
  void theImageRunsTheJarThisBuildProducesOnTemurin17() throws Exception {
    assertThat(dockerfile.only("FROM")).isEqualTo("eclipse-temurin:17-jre");
    String jar = "waxalert-micronaut-app/target/" + finalName() + ".jar";
    List<String> copy = dockerfile.copyOf(".jar");
    assertThat(copy.get(0)).as("copied from the build context, the repository root").isEqualTo(jar);
    assertThat(dockerfile.only("ENTRYPOINT")).startsWith("[\"java\"").contains("\"-jar\", \"" + copy.get(1) + "\"]");
  }

  @Test
  void theImageStartsWithAClassDataArchiveItsJvmWroteFromTheBuildsClassList() throws Exception {
    String jar = dockerfile.copyOf(".jar").get(1);
    List<String> classList = dockerfile.copyOf(".classlist");
    assertThat(classList.get(0)).as("written by the build beside the jar")
        .isEqualTo("waxalert-micronaut-app/target/" + finalName() + ".classlist");
    String dump = dockerfile.all("RUN").stream().filter(run -> run.contains("-Xshare:dump")).findFirst()
        .orElseThrow(() -> new AssertionError("no RUN java -Xshare:dump in " + dockerfile.all("RUN")));
    assertThat(dump).startsWith("java ").contains(" -XX:SharedClassListFile=" + classList.get(1) + " ")
        .contains(" -cp " + jar + " ");
    Matcher archive = Pattern.compile("-XX:SharedArchiveFile=(\\S+)").matcher(dump);
    assertThat(archive.find()).as(dump).isTrue();
    assertThat(dockerfile.only("ENTRYPOINT")).contains("\"-XX:SharedArchiveFile=" + archive.group(1) + "\"");
  }

  @Test
  void theImageRunsAsItsOwnUserWithTheDataFolderOnAVolume() {
    String user = dockerfile.only("USER");
    assertThat(user).isNotIn("root", "0", "0:0");
    assertThat(dockerfile.all("RUN")).anyMatch(run -> run.contains("useradd") && run.contains(" " + user));
    String dataDir = dockerfile.env().get("WAXALERT_DATA_DIR");
    assertThat(properties.setBy("WAXALERT_DATA_DIR")).contains("waxalert.data-dir");
    assertThat(dockerfile.only("VOLUME")).isEqualTo("[\"" + dataDir + "\"]");
    assertThat(dockerfile.all("RUN")).anyMatch(run -> run.contains("chown " + user + ":" + user + " " + dataDir));
  }

  @Test
  void theImageListensOn8080AndChecksHealth() {
    assertThat(dockerfile.only("EXPOSE")).isEqualTo("8080");
    assertThat(dockerfile.env()).containsEntry("MICRONAUT_SERVER_PORT", "8080");
    assertThat(properties.setBy("MICRONAUT_SERVER_PORT")).contains("micronaut.server.port");
    // curl is part of eclipse-temurin's images; -f fails on a non-2xx answer
    assertThat(dockerfile.only("HEALTHCHECK"))
        .contains("CMD curl -fsS \"http://127.0.0.1:${MICRONAUT_SERVER_PORT}/health\"");
  }

  @Test
  void everyWaxalertVariableInTheDeployFilesNamesARealProperty() throws IOException {
    Pattern variable = Pattern.compile("\\bWAXALERT_[A-Z0-9_]+");
    for (String file : List.of("Dockerfile", "compose.yaml")) {
      Matcher found = variable.matcher(Files.readString(DEPLOY.resolve(file)));
      while (found.find()) {
        String name = found.group();
        if (!name.equals(LOG_FORMAT_VARIABLE)) {
          assertThat(properties.setBy(name)).as("%s in %s names one of %s", name, file, properties.names())
              .isPresent();
        }
      }
    }
  }

  @Test
  void composeConfiguresTheServiceOnlyThroughItsProperties() {
    Map<String, Object> service = service("waxalert");
    Map<String, Object> env = map(service.get("environment"));
    assertThat(env).isNotEmpty();
    env.keySet().forEach(name -> {
      assertThat(CONTRACT_PREFIXES).as(name).anyMatch(name::startsWith);
      assertThat(properties.setBy(name)).as("%s names a property of the service", name).isPresent();
    });
    assertThat(map(service.get("build"))).containsEntry("context", "..").containsEntry("dockerfile", "deploy/Dockerfile");
    assertThat(list(service.get("ports"))).containsExactly("8080:8080");
    assertThat(list(service.get("volumes"))).containsExactly("waxalert-data:" + dockerfile.env().get("WAXALERT_DATA_DIR"));
    assertThat(map(compose.get("volumes"))).containsKey("waxalert-data");
  }

  @Test
  void composeWiresThePostgresDatabaseAndTheMailCatcher() {
    Map<String, Object> env = map(service("waxalert").get("environment"));
    Map<String, Object> postgres = map(service("postgres").get("environment"));
    assertThat(String.valueOf(service("postgres").get("image"))).startsWith("postgres:");
    assertThat(env.get("DATASOURCES_DEFAULT_URL"))
        .isEqualTo("jdbc:postgresql://postgres:5432/" + postgres.get("POSTGRES_DB"));
    assertThat(env.get("DATASOURCES_DEFAULT_USERNAME")).isEqualTo(postgres.get("POSTGRES_USER"));
    assertThat(env.get("DATASOURCES_DEFAULT_PASSWORD")).isEqualTo(postgres.get("POSTGRES_PASSWORD"));
    assertThat(map(map(service("waxalert").get("depends_on")).get("postgres")))
        .containsEntry("condition", "service_healthy");

    assertThat(String.valueOf(service("mailpit").get("image"))).startsWith("axllent/mailpit");
    assertThat(env.get("JAVAMAIL_PROPERTIES_MAIL_SMTP_HOST")).isEqualTo("mailpit");
    assertThat(env.get("JAVAMAIL_PROPERTIES_MAIL_SMTP_PORT")).isEqualTo("1025"); // Mailpit's SMTP port
    assertThat(list(service("mailpit").get("ports"))).containsExactly("8025:8025"); // its web page
  }

  private Map<String, Object> service(String name) {
    Map<String, Object> service = map(map(compose.get("services")).get(name));
    assertThat(service).as("compose service " + name).isNotEmpty();
    return service;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object node) {
    return node instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  private static List<String> list(Object node) {
    return node instanceof List<?> list ? list.stream().map(String::valueOf).toList() : List.of();
  }

  /** This module's {@code <finalName>}: the jar is {@code target/<finalName>.jar}. */
  private static String finalName() throws Exception {
    return XPathFactory.newInstance().newXPath().evaluate("/project/build/finalName",
        DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of("pom.xml").toFile())).strip();
  }
}
