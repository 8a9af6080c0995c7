package io.waxalert.examples.embedding;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Maven that runs this build ({@code maven.home}, handed over by the POM), or the one on the
 * PATH; run on this test's own JDK.
 */
final class Maven {

  private final String executable;
  private final Map<String, String> env = Map.of("JAVA_HOME", System.getProperty("java.home"));

  private Maven(String executable) {
    this.executable = executable;
  }

  /** A Maven that answers {@code mvn -v}, or why there is none. */
  static Optional<Maven> find(Path scratch, StringBuilder why) throws InterruptedException {
    List<String> candidates = new ArrayList<>();
    String home = System.getProperty("maven.home", "");
    if (!home.isBlank() && !home.startsWith("${")) {
      candidates.add(Path.of(home, "bin", "mvn").toString());
    }
    candidates.add("mvn");
    for (String candidate : candidates) {
      Maven maven = new Maven(candidate);
      try {
        Processes.Result version = maven.run(scratch, List.of("-v"), Duration.ofMinutes(2), scratch.resolve("mvn-version"));
        if (version.exitCode() == 0) {
          return Optional.of(maven);
        }
        why.append(candidate).append(" -v exited ").append(version.exitCode()).append("; ");
      } catch (IOException e) {
        why.append(candidate).append(": ").append(e.getMessage()).append("; ");
      }
    }
    return Optional.empty();
  }

  Processes.Result run(Path dir, List<String> args, Duration timeout, Path logBase)
      throws IOException, InterruptedException {
    Files.createDirectories(logBase.getParent());
    List<String> command = new ArrayList<>();
    command.add(executable);
    command.addAll(args);
    return Processes.run(command, dir, env, timeout, logBase);
  }
}
