package io.waxalert.examples.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Local Maven repositories for builds run by a test, so that they neither download what this
 * machine's build already has nor leave anything of theirs in the local repository other builds
 * read (~/.m2 is shared).
 */
final class LocalRepositories {

  private LocalRepositories() {}

  /**
   * A local repository whose every group folder is a link into {@code shared}, except
   * {@code io/waxalert}, which is a folder of its own: a build on it reads and, like any build,
   * adds third-party releases, while all it records of WaxAlert's artifacts stays here.
   */
  static Path linkedExceptWaxalert(Path shared, Path target) throws IOException {
    Files.createDirectories(target.resolve("io/waxalert"));
    linkAllBut(shared, target, "io");
    if (Files.isDirectory(shared.resolve("io"))) {
      linkAllBut(shared.resolve("io"), target.resolve("io"), "waxalert");
    }
    return target;
  }

  private static void linkAllBut(Path from, Path to, String except) throws IOException {
    try (Stream<Path> entries = Files.list(from)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        String name = entry.getFileName().toString();
        if (!name.equals(except)) {
          Files.createSymbolicLink(to.resolve(name), entry.toAbsolutePath());
        }
      }
    }
  }

  /**
   * Settings under which every repository but {@code stagingId} is {@code shared}, read as a remote
   * repository: whatever the build resolves is copied into its own (empty) local repository, and
   * nothing is fetched from the network. Local repositories keep no checksums, hence "ignore".
   */
  static String readOnlySettings(Path shared, String stagingId) {
    String url = shared.toAbsolutePath().toUri().toString();
    String repository = """
                <id>central</id>
                <url>%s</url>
                <releases><checksumPolicy>ignore</checksumPolicy></releases>
                <snapshots><enabled>false</enabled></snapshots>
        """.formatted(url);
    return """
        <settings>
          <mirrors>
            <mirror>
              <id>this-machines-local-repository</id>
              <mirrorOf>*,!%s</mirrorOf>
              <url>%s</url>
            </mirror>
          </mirrors>
          <profiles>
            <profile>
              <id>read-only-central</id>
              <repositories>
                <repository>
        %s        </repository>
              </repositories>
              <pluginRepositories>
                <pluginRepository>
        %s        </pluginRepository>
              </pluginRepositories>
            </profile>
          </profiles>
          <activeProfiles>
            <activeProfile>read-only-central</activeProfile>
          </activeProfiles>
        </settings>
        """.formatted(stagingId, url, repository, repository);
  }
}
