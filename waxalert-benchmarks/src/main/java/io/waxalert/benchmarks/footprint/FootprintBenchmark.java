package io.waxalert.benchmarks.footprint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up time and resident memory of the service jar (issue 15): each configuration of JVM flags
 * is started from a fresh data folder, loaded (sign-in, entries added one by one, the list read from
 * several connections, {@code /health} the same, a check-all) against a local fake Discogs, stopped,
 * and started again on the folder it left. Configurations take turns, so the machine's noise falls
 * on all of them alike.
 *
 * <pre>
 * mvn -B -q package -DskipTests
 * java -cp waxalert-benchmarks/target/benchmarks.jar io.waxalert.benchmarks.footprint.FootprintBenchmark \
 *     [--runs 5] [--entries 200] [--requests 2000] [--connections 16] [--keep-logs] [--quiet-starts 0] \
 *     [default] [readme] ['name=-Xflag -Xother' ...]
 * </pre>
 *
 * {@code --quiet-starts N} then starts each configuration N times more on an existing data folder
 * with nothing else running ({@link QuietStarts}); {@code --runs 0} leaves out the loaded runs.
 *
 * Configurations: {@code default} is {@code java -jar} with no flags, {@code readme} the flags of
 * the README's run command, {@code name=flags} any other; without any, {@code default} and
 * {@code readme}. Run it from the repository root.
 */
public final class FootprintBenchmark {

  private FootprintBenchmark() {}

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    Path root = Path.of("").toAbsolutePath();
    Path jar = root.resolve(options.jar);
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException(jar + " is missing: mvn -B -q package -DskipTests first");
    }
    System.out.printf("%s, %d cores, Java %s; %d runs of %d entries, %d requests from %d connections%n",
        LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS), Runtime.getRuntime().availableProcessors(),
        System.getProperty("java.runtime.version"), options.runs, options.entries, options.requests,
        options.connections);
    options.configurations.forEach((name, flags) -> System.out.printf("%-10s java %s -jar %s%n", name,
        String.join(" ", flags), options.jar));
    Map<String, List<RunResult>> results = new LinkedHashMap<>();
    try (FakeDiscogs discogs = new FakeDiscogs()) {
      for (int run = 1; run <= options.runs; run++) {
        for (Map.Entry<String, List<String>> configuration : options.configurations.entrySet()) {
          RunResult result = oneRun(root, jar, configuration.getValue(), discogs, options);
          results.computeIfAbsent(configuration.getKey(), name -> new ArrayList<>()).add(result);
          System.out.printf("run %d %-10s %s%n", run, configuration.getKey(), result.line());
        }
      }
      Map<String, List<QuietStarts.Start>> quiet = QuietStarts.run(root, jar, options.configurations, discogs,
          options.quietStarts);
      System.out.printf("Discogs requests: %d%n", discogs.requests());
      if (!results.isEmpty()) {
        Summary.print(results);
      }
      if (!quiet.isEmpty()) {
        QuietStarts.print(quiet);
      }
    }
  }

  private static RunResult oneRun(Path root, Path jar, List<String> flags, FakeDiscogs discogs, Options options)
      throws Exception {
    double load = loadAverage();
    Path work = Files.createTempDirectory("waxalert-footprint");
    Path data = work.resolve("data");
    RunResult.Builder result = new RunResult.Builder(load);
    try (ServiceProcess fresh = ServiceProcess.start(root, jar, flags, data, discogs.url())) {
      result.freshStart(fresh.startupMillis, fresh.healthMillis, fresh.startCpuMillis, fresh.memory());
      try {
        LoadDriver user = new LoadDriver(fresh.baseUrl());
        user.signIn();
        result.addMillis(user.addEntries(options.entries));
        user.listSize(options.entries);
        result.listCold(user.hammer("/api/wanted-list", options.requests, options.connections));
        result.health(user.hammer("/health", options.requests, options.connections));
        result.listWarm(user.hammer("/api/wanted-list", options.requests, options.connections));
        user.checkAll(options.entries);
        result.afterLoad(fresh.memory());
      } catch (RuntimeException | java.io.IOException e) {
        throw new IllegalStateException(e.getMessage() + "\nservice output:\n" + fresh.output(), e);
      }
    }
    try (ServiceProcess existing = ServiceProcess.start(root, jar, flags, data, discogs.url())) {
      result.existingStart(existing.startupMillis, existing.healthMillis, existing.startCpuMillis, existing.memory());
    }
    if (options.keepLogs) {
      System.out.println("service logs and data kept in " + work);
    } else {
      deleteTree(work);
    }
    return result.build();
  }

  static double loadAverage() throws java.io.IOException {
    return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split("\\s+")[0]);
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }

  /** The command line: numbers by name, configurations as {@code name=flags}. */
  private static final class Options {
    int runs = 5;
    int entries = 200;
    int requests = 2_000;
    int connections = 16;
    int quietStarts;
    String jar = "waxalert-micronaut-app/target/waxalert.jar";
    boolean keepLogs;
    final Map<String, List<String>> configurations = new LinkedHashMap<>();

    static Options parse(String[] args) throws java.io.IOException {
      Options options = new Options();
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--runs" -> options.runs = Integer.parseInt(args[++i]);
          case "--entries" -> options.entries = Integer.parseInt(args[++i]);
          case "--requests" -> options.requests = Integer.parseInt(args[++i]);
          case "--connections" -> options.connections = Integer.parseInt(args[++i]);
          case "--jar" -> options.jar = args[++i];
          case "--keep-logs" -> options.keepLogs = true;
          case "--quiet-starts" -> options.quietStarts = Integer.parseInt(args[++i]);
          case "default" -> options.configurations.put("default", List.of());
          case "readme" -> options.configurations.put("readme", ReadmeRunCommand.flags(Path.of("README.md"), options.jar));
          default -> {
            int equals = args[i].indexOf('=');
            if (equals < 1) {
              throw new IllegalArgumentException("not an option or name=flags: " + args[i]);
            }
            options.configurations.put(args[i].substring(0, equals), words(args[i].substring(equals + 1)));
          }
        }
      }
      if (options.configurations.isEmpty()) {
        options.configurations.put("default", List.of());
        options.configurations.put("readme", ReadmeRunCommand.flags(Path.of("README.md"), options.jar));
      }
      return options;
    }

    private static List<String> words(String flags) {
      return Arrays.stream(flags.trim().split("\\s+")).filter(word -> !word.isEmpty()).toList();
    }
  }
}
