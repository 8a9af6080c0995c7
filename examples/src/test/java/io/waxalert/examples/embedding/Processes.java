package io.waxalert.examples.embedding;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a program to its end (or a deadline), its output kept in files beside its working folder. */
final class Processes {

  record Result(List<String> command, int exitCode, String stdout, String stderr, Path log) {

    /** The last lines of both streams, for a failure message. */
    String tail() {
      String all = stdout + stderr;
      List<String> lines = all.lines().toList();
      return "$ " + String.join(" ", command) + " (exit " + exitCode + ", full output in " + log + ")\n"
          + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
  }

  private Processes() {}

  static Result run(List<String> command, Path dir, Map<String, String> env, Duration timeout, Path logBase)
      throws IOException, InterruptedException {
    Path out = logBase.resolveSibling(logBase.getFileName() + ".out");
    Path err = logBase.resolveSibling(logBase.getFileName() + ".err");
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
        .redirectOutput(out.toFile()).redirectError(err.toFile()).redirectInput(ProcessBuilder.Redirect.PIPE);
    builder.environment().putAll(env);
    Process process = builder.start();
    process.getOutputStream().close();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly().waitFor();
      throw new AssertionError("still running after " + timeout + ": " + String.join(" ", command)
          + "; output in " + out);
    }
    return new Result(command, process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8), out);
  }
}
