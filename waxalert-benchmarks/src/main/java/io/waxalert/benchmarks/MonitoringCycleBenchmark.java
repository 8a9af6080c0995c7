package io.waxalert.benchmarks;

import io.waxalert.core.monitor.CycleReport;
import io.waxalert.core.spi.ListingSource;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One monitoring cycle ({@code runDue()}) over 10,000 entries of 1,000 collectors on 2,000
 * releases, with a market in memory: market stats only, or ~20 listings per release.
 *
 * <ul>
 *   <li>{@code firstCycle}: fresh stores, nothing alerted yet, so every fitting listing is recorded
 *       (delivery is the relay's, not measured here);
 *   <li>{@code steadyCycle}: the same market again once its alerts exist, as most hourly cycles are.
 * </ul>
 *
 * <pre>java -jar waxalert-benchmarks/target/benchmarks.jar MonitoringCycleBenchmark -f 1 -wi 3 -i 5 -t 1</pre>
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
public class MonitoringCycleBenchmark {

  /** The market is built once per fork; building it is not what is measured. */
  @State(Scope.Benchmark)
  public static class Market {
    @Param({"stats", "listings"})
    public String source;

    SampleCycle cycle;

    @Setup(Level.Trial)
    public void build() {
      cycle = new SampleCycle(20261124L);
    }

    ListingSource source() {
      return source.equals("listings") ? cycle.withListings : cycle.statsOnly;
    }
  }

  /** New stores holding every entry, none checked or alerted: set up again before each cycle. */
  @State(Scope.Thread)
  public static class Fresh {
    SampleCycle.Backend backend;

    @Setup(Level.Invocation)
    public void newStores(Market market) {
      backend = market.cycle.freshBackend();
    }
  }

  /** Stores after a first cycle: the alerts exist, so the next cycles only confirm them. */
  @State(Scope.Thread)
  public static class Steady {
    SampleCycle.Backend backend;
    int hoursLater;

    @Setup(Level.Trial)
    public void firstCycle(Market market) {
      backend = market.cycle.freshBackend();
      backend.engine(market.source(), 0).runDue();
    }
  }

  @Benchmark
  public CycleReport firstCycle(Market market, Fresh fresh) {
    return fresh.backend.engine(market.source(), 0).runDue();
  }

  @Benchmark
  public CycleReport steadyCycle(Market market, Steady steady) {
    // An hour later every entry is due again.
    return steady.backend.engine(market.source(), ++steady.hoursLater).runDue();
  }
}
