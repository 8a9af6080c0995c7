package io.waxalert.benchmarks.footprint;

import java.util.DoubleSummaryStatistics;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/** Each configuration's figures over all runs as ranges (min–max), in a Markdown table. */
final class Summary {

  static final double RSS_GOAL_MIB = 256;
  static final double START_GOAL_MILLIS = 3_000;

  private Summary() {}

  static void print(Map<String, List<RunResult>> results) {
    System.out.println();
    System.out.print("| figure |");
    results.keySet().forEach(name -> System.out.print(" " + name + " |"));
    System.out.print("\n|---|");
    results.keySet().forEach(name -> System.out.print("---|"));
    System.out.println();
    row(results, "load average (1 min)", "%.1f", RunResult::loadAverage);
    row(results, "\"Startup completed\", fresh data folder (ms)", "%,.0f", r -> r.freshStartup());
    row(results, "launch to /health 200, fresh (ms)", "%,.0f", r -> r.freshHealth());
    row(results, "CPU until /health 200, fresh (ms)", "%,.0f", r -> r.freshCpu());
    row(results, "\"Startup completed\", existing data folder (ms)", "%,.0f", r -> r.existingStartup());
    row(results, "launch to /health 200, existing (ms)", "%,.0f", r -> r.existingHealth());
    row(results, "CPU until /health 200, existing (ms)", "%,.0f", r -> r.existingCpu());
    row(results, "RSS right after a fresh start (MiB)", "%,.0f", r -> r.afterFreshStart().rssMib());
    row(results, "RSS right after a start on existing data (MiB)", "%,.0f", r -> r.afterExistingStart().rssMib());
    row(results, "RSS after the load (MiB)", "%,.0f", r -> r.afterLoad().rssMib());
    row(results, "peak RSS during the load (VmHWM, MiB)", "%,.0f", r -> r.afterLoad().peakMib());
    row(results, "add an entry, mean (ms)", "%.1f", RunResult::addMillis);
    row(results, "GET /api/wanted-list, first batch (req/s)", "%,.0f", r -> r.listCold().perSecond());
    row(results, "GET /api/wanted-list, second batch (req/s)", "%,.0f", r -> r.listWarm().perSecond());
    row(results, "GET /api/wanted-list, second batch p99 (ms)", "%,.0f", r -> r.listWarm().p99Millis());
    row(results, "GET /health (req/s)", "%,.0f", r -> r.health().perSecond());
    System.out.println();
    results.forEach((name, runs) -> {
      double rss = stats(runs, r -> r.afterLoad().rssMib()).getMax();
      double start = Math.max(stats(runs, r -> r.freshHealth()).getMax(), stats(runs, r -> r.existingHealth()).getMax());
      System.out.printf("%s: RSS after the load at most %.0f MiB (goal %.0f: %s), start to /health at most %,.0f ms"
              + " (goal %,.0f: %s)%n", name, rss, RSS_GOAL_MIB, rss <= RSS_GOAL_MIB ? "met" : "NOT met", start,
          START_GOAL_MILLIS, start <= START_GOAL_MILLIS ? "met" : "NOT met");
    });
  }

  private static void row(Map<String, List<RunResult>> results, String label, String format,
      ToDoubleFunction<RunResult> figure) {
    System.out.print("| " + label + " |");
    results.values().forEach(runs -> {
      DoubleSummaryStatistics stats = stats(runs, figure);
      String low = String.format(format, stats.getMin());
      String high = String.format(format, stats.getMax());
      System.out.print(" " + (low.equals(high) ? low : low + "–" + high) + " |");
    });
    System.out.println();
  }

  private static DoubleSummaryStatistics stats(List<RunResult> runs, ToDoubleFunction<RunResult> figure) {
    return runs.stream().mapToDouble(figure).summaryStatistics();
  }
}
