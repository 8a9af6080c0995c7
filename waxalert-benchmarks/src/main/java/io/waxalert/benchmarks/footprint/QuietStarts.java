package io.waxalert.benchmarks.footprint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The start alone, as a collector restarting the service meets it (issue 15's start goal): each
 * configuration is started once on a fresh data folder (the migrations), then started again and
 * again on that folder, taking turns, each launch after the previous JVM exited and the machine
 * had a pause, with nothing else asking the service anything.
 */
final class QuietStarts {

  private static final long SETTLE_MILLIS = 3_000;

  record Start(long healthMillis, long cpuMillis, long startupMillis, double rssMib, double loadAverage) {}

  private QuietStarts() {}

  static Map<String, List<Start>> run(Path root, Path jar, Map<String, List<String>> configurations,
      FakeDiscogs discogs, int starts) throws Exception {
    Map<String, Path> folders = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> configuration : configurations.entrySet()) {
      Path data = Files.createTempDirectory("waxalert-quiet").resolve("data");
      try (ServiceProcess migrated = ServiceProcess.start(root, jar, configuration.getValue(), data, discogs.url())) {
        folders.put(configuration.getKey(), data);
      }
    }
    Map<String, List<Start>> results = new LinkedHashMap<>();
    for (int i = 1; i <= starts; i++) {
      for (Map.Entry<String, List<String>> configuration : configurations.entrySet()) {
        Thread.sleep(SETTLE_MILLIS);
        double load = FootprintBenchmark.loadAverage();
        Path data = folders.get(configuration.getKey());
        try (ServiceProcess service = ServiceProcess.start(root, jar, configuration.getValue(), data, discogs.url())) {
          Start start = new Start(service.healthMillis, service.startCpuMillis, service.startupMillis,
              service.memory().rssMib(), load);
          results.computeIfAbsent(configuration.getKey(), name -> new ArrayList<>()).add(start);
          System.out.printf("start %d %-10s load %.1f | /health 200 after %d ms, CPU %d ms (\"Startup completed\" %d ms),"
              + " %.0f MiB%n", i, configuration.getKey(), load, start.healthMillis(), start.cpuMillis(),
              start.startupMillis(), start.rssMib());
        }
      }
    }
    return results;
  }

  /** Per configuration: the launches' range and median to the first {@code /health} 200. */
  static void print(Map<String, List<Start>> results) {
    System.out.println();
    System.out.println("| quiet starts, existing data folder | launch to /health 200 (ms): min / median / max"
        + " | CPU by then (ms) | RSS then (MiB) | load average (1 min) |");
    System.out.println("|---|---|---|---|---|");
    results.forEach((name, starts) -> {
      List<Long> health = starts.stream().map(Start::healthMillis).sorted().toList();
      List<Long> cpu = starts.stream().map(Start::cpuMillis).sorted().toList();
      System.out.printf("| %s (%d starts) | %,d / %,d / %,d | %,d–%,d | %.0f–%.0f | %.1f–%.1f |%n", name, starts.size(),
          health.get(0), health.get(health.size() / 2), health.get(health.size() - 1), cpu.get(0),
          cpu.get(cpu.size() - 1), starts.stream().mapToDouble(Start::rssMib).min().orElse(0),
          starts.stream().mapToDouble(Start::rssMib).max().orElse(0),
          starts.stream().mapToDouble(Start::loadAverage).min().orElse(0),
          starts.stream().mapToDouble(Start::loadAverage).max().orElse(0));
    });
  }
}
