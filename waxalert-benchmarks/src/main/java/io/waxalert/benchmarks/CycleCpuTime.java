package io.waxalert.benchmarks;

import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.spi.ListingSource;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU time (not wall time) of a 10,000-entry monitoring cycle, first and steady, for both kinds
 * of source: the figure behind "a cycle costs under 1 s of CPU". JMH's single-shot times include
 * waiting for a busy core; this does not.
 *
 * <pre>java -cp waxalert-benchmarks/target/benchmarks.jar io.waxalert.benchmarks.CycleCpuTime [rounds]</pre>
 */
public final class CycleCpuTime {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CycleCpuTime() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    SampleCycle cycle = new SampleCycle(20261124L);
    measure("stats", cycle.statsOnly, cycle, rounds);
    measure("listings", cycle.withListings, cycle, rounds);
  }

  private static void measure(String name, ListingSource source, SampleCycle cycle, int rounds) {
    for (int round = 1; round <= rounds; round++) {
      SampleCycle.Backend backend = cycle.freshBackend();
      long first = cpuNanos();
      CycleReport firstReport = backend.engine(source, 0).runDue();
      long steady = cpuNanos();
      CycleReport steadyReport = backend.engine(source, 1).runDue();
      long end = cpuNanos();
      // Early rounds include JIT compilation; the last ones show the warmed-up cost.
      System.out.printf("%-8s round %2d: first cycle %6.1f ms CPU (%d new alerts), steady cycle %6.1f ms CPU (%d new alerts)%n",
          name, round, (steady - first) / 1e6, firstReport.newAlerts(), (end - steady) / 1e6,
          steadyReport.newAlerts());
      if (round == rounds) {
        System.out.println("  " + firstReport.summary());
      }
    }
  }

  private static long cpuNanos() {
    return THREADS.getCurrentThreadCpuTime();
  }
}
