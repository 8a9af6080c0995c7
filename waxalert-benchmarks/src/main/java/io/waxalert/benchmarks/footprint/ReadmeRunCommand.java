package io.waxalert.benchmarks.footprint;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** The JVM flags of the README's run command: what comes between {@code java} and {@code -jar <jar>}. */
final class ReadmeRunCommand {

  private ReadmeRunCommand() {}

  static List<String> flags(Path readme, String jar) throws IOException {
    String marker = "-jar " + jar;
    for (String line : Files.readAllLines(readme)) {
      int jarAt = line.indexOf(marker);
      int javaAt = line.lastIndexOf("java ", jarAt);
      if (jarAt >= 0 && javaAt >= 0 && !line.stripLeading().startsWith("#")) {
        String flags = line.substring(javaAt + "java ".length(), jarAt).trim();
        return flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\\s+"));
      }
    }
    throw new IllegalStateException(readme + " has no command line 'java … " + marker + "'");
  }
}
