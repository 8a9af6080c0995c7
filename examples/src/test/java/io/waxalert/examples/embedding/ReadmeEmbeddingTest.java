package io.waxalert.examples.embedding;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * The README's "Embedding the core" section, done as a reader does it: the release is staged with
 * the README's command (on a copy of the project, as from a fresh clone), a new project is written
 * from the README's POM blocks and Java files, built against the staging folder through the BOM,
 * and each program runs and prints exactly what the README shows.
 *
 * <p>Nothing is downloaded for the consumer and nothing lands in the shared local repository: the
 * staging build runs on a local repository linked to this machine's except for WaxAlert's own
 * artifacts, the consumer build on an empty one that reads this machine's as a file repository.
 * Skipped, saying why, where no Maven runs.
 */
class ReadmeEmbeddingTest {

  private static final String STAGING_ID = "waxalert-staging";
  private static final String STAGING_PLACEHOLDER = "file:///path/to/waxalert/target/staging";
  private static final Duration STAGING_TIMEOUT = Duration.ofMinutes(15);
  private static final Duration CONSUMER_TIMEOUT = Duration.ofMinutes(5);
  private static final Duration RUN_TIMEOUT = Duration.ofMinutes(2);
  private static final List<String> LIBRARIES = List.of("waxalert-core", "waxalert-discogs", "waxalert-persistence");
  private static final String TOKEN = "readme-example-token";

  private final Path root = Path.of("").toAbsolutePath().getParent();
  private final String version = System.getProperty("waxalert.version", "0.1.0-SNAPSHOT");

  @Test
  void theReadmesSnippetsBuildAndRunAgainstTheStagedReleaseAsShown() throws Exception {
    ReadmeBlocks readme = ReadmeBlocks.of(root.resolve("README.md"));
    assertThat(readme.get("pom dependencies"))
        .as("the README's BOM import names this build's version")
        .contains("<version>" + version + "</version>");
    Path work = ProjectCopy.emptied(Path.of("target", "readme-embedding").toAbsolutePath());
    StringBuilder why = new StringBuilder();
    Optional<Maven> found = Maven.find(work, why);
    assumeTrue(found.isPresent(), () -> "skipped: no runnable Maven here (" + why + ")");
    Maven maven = found.get();
    Path shared = Path.of(System.getProperty("waxalert.local-repository",
        System.getProperty("user.home") + "/.m2/repository"));

    Path staging = stage(maven, readme, work, shared);
    assertEveryLibraryStagedWithSourcesAndJavadoc(staging);

    Path consumer = ConsumerProject.write(work.resolve("consumer"), readme,
        staging.toUri().toString(), STAGING_PLACEHOLDER, root.resolve("pom.xml"));
    Files.writeString(work.resolve("consumer-settings.xml"), LocalRepositories.readOnlySettings(shared, STAGING_ID));
    Processes.Result build = maven.run(consumer, List.of("-B", "package",
            "-s", work.resolve("consumer-settings.xml").toString(),
            "-Dmaven.repo.local=" + work.resolve(ConsumerProject.LOCAL_REPOSITORY)),
        CONSUMER_TIMEOUT, work.resolve("logs/consumer-build"));
    assertThat(build.exitCode()).as(build::tail).isZero();
    assertThat(build.stdout().lines().filter(line -> line.startsWith("[WARNING]")).toList())
        .as("the published POMs resolve without a warning").isEmpty();

    WireMockServer discogs = new WireMockServer(options().dynamicPort());
    discogs.start();
    try {
      discogs.stubFor(get(urlPathEqualTo("/marketplace/stats/249504")).willReturn(okJson(
          "{\"lowest_price\": {\"currency\": \"EUR\", \"value\": 6.0}, \"num_for_sale\": 3, \"blocked_from_sale\": false}")));
      Map<String, String> env = Map.of("DISCOGS_TOKEN", TOKEN, "DISCOGS_API_URL", discogs.baseUrl());
      for (Map.Entry<String, String> shown : readme.withPrefix("output").entrySet()) {
        Processes.Result run = runMain(consumer, shown.getKey(), env, work);
        assertThat(run.exitCode()).as(run::tail).isZero();
        assertThat(run.stdout()).as("what %s prints, as the README shows it", shown.getKey())
            .isEqualToNormalizingNewlines(shown.getValue());
        assertThat(run.stderr()).as("no SLF4J warning with the README's dependencies").doesNotContain("SLF4J(W)");
      }
      discogs.verify(getRequestedFor(urlPathEqualTo("/marketplace/stats/249504"))
          .withQueryParam("curr_abbr", equalTo("EUR"))
          .withHeader("Authorization", equalTo("Discogs token=" + TOKEN))
          .withHeader("User-Agent", equalTo("MyRecordShelf/1.0 +https://example.org/my-record-shelf")));
    } finally {
      discogs.stop();
    }
    assertThat(readme.withPrefix("output").keySet())
        .containsExactlyInAnyOrder("com.example.MatchOneListing", "com.example.WatchMyShop", "com.example.WatchOnDiscogs");
  }

  /** The README's staging command, on a copy of the project; the outer build ran the tests already. */
  private Path stage(Maven maven, ReadmeBlocks readme, Path work, Path shared) throws Exception {
    Path project = ProjectCopy.of(root, work.resolve("project"));
    List<String> command = ReadmeBlocks.command(readme.get("stage"));
    assertThat(command.get(0)).isEqualTo("mvn");
    List<String> args = new ArrayList<>();
    for (String arg : command.subList(1, command.size())) {
      args.add(arg.replace("$PWD", project.toString()));
    }
    args.add("-DskipTests");
    args.add("-Dmaven.repo.local=" + LocalRepositories.linkedExceptWaxalert(shared, work.resolve("staging-repository")));
    Processes.Result staged = maven.run(project, args, STAGING_TIMEOUT, work.resolve("logs/stage"));
    assertThat(staged.exitCode()).as(staged::tail).isZero();
    return project.resolve("target/staging");
  }

  private void assertEveryLibraryStagedWithSourcesAndJavadoc(Path staging) throws IOException {
    Path group = staging.resolve("io/waxalert");
    assertThat(group.resolve("waxalert-bom/" + version)).isDirectory();
    assertThat(group.resolve("waxalert-parent/" + version)).isDirectory();
    StagedPom parent = StagedPom.in(group.resolve("waxalert-parent/" + version));
    StagedPom bom = StagedPom.in(group.resolve("waxalert-bom/" + version));
    for (StagedPom pom : List.of(parent, bom)) {
      assertThat(pom.text("/project/licenses/license/name")).isEqualTo("Apache-2.0");
      assertThat(pom.text("/project/url")).startsWith("https://");
      assertThat(pom.text("/project/scm/connection")).startsWith("scm:git:");
      assertThat(pom.text("/project/developers/developer/name")).isNotBlank();
    }
    assertThat(bom.texts("/project/dependencyManagement/dependencies/dependency/artifactId"))
        .containsAll(LIBRARIES);
    for (String library : LIBRARIES) {
      Path folder = group.resolve(library + "/" + version);
      assertThat(StagedPom.in(folder).text("/project/description")).as(library).isNotBlank();
      assertThat(entries(StagedPom.single(folder, "-sources.jar"))).as(library).anyMatch(name -> name.endsWith(".java"));
      assertThat(entries(StagedPom.single(folder, "-javadoc.jar"))).as(library).contains("index.html");
    }
    assertThat(group.resolve("waxalert-micronaut-app")).as("the service is not a library").doesNotExist();
  }

  private static List<String> entries(Path jar) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.stream().map(entry -> entry.getName()).toList();
    }
  }

  private static Processes.Result runMain(Path consumer, String mainClass, Map<String, String> env, Path work)
      throws IOException, InterruptedException {
    List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", consumer.resolve(ConsumerProject.JAR).toString(), mainClass);
    return Processes.run(command, consumer, env, RUN_TIMEOUT, work.resolve("logs/run-" + mainClass));
  }
}
