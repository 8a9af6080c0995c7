package io.waxalert.benchmarks.footprint;

import io.waxalert.benchmarks.footprint.LoadDriver.Throughput;
import io.waxalert.benchmarks.footprint.ServiceProcess.Memory;

/**
 * One configuration's figures from one run: start-ups (Micronaut's own figure and the wall time
 * until {@code /health} answered), resident memory after start and after the load, and what the
 * load saw.
 */
record RunResult(double loadAverage, long freshStartup, long freshHealth, long freshCpu, Memory afterFreshStart,
    double addMillis, Throughput listCold, Throughput health, Throughput listWarm, Memory afterLoad,
    long existingStartup, long existingHealth, long existingCpu, Memory afterExistingStart) {

  String line() {
    return String.format("load %.1f | fresh: %d ms (health %d ms, CPU %d ms), %.0f MiB | add %.1f ms | list %.0f/s"
            + " then %.0f/s (p99 %.0f ms), health %.0f/s | after load %.0f MiB (peak %.0f) | existing: %d ms"
            + " (health %d ms, CPU %d ms), %.0f MiB",
        loadAverage, freshStartup, freshHealth, freshCpu, afterFreshStart.rssMib(), addMillis, listCold.perSecond(),
        listWarm.perSecond(), listWarm.p99Millis(), health.perSecond(), afterLoad.rssMib(), afterLoad.peakMib(),
        existingStartup, existingHealth, existingCpu, afterExistingStart.rssMib());
  }

  /** Filled in step by step as the run goes. */
  static final class Builder {
    private final double loadAverage;
    private long freshStartup;
    private long freshHealth;
    private long freshCpu;
    private Memory afterFreshStart;
    private double addMillis;
    private Throughput listCold;
    private Throughput health;
    private Throughput listWarm;
    private Memory afterLoad;
    private long existingStartup;
    private long existingHealth;
    private long existingCpu;
    private Memory afterExistingStart;

    Builder(double loadAverage) {
      this.loadAverage = loadAverage;
    }

    void freshStart(long startup, long health, long cpu, Memory memory) {
      freshStartup = startup;
      freshHealth = health;
      freshCpu = cpu;
      afterFreshStart = memory;
    }

    void addMillis(double millis) {
      addMillis = millis;
    }

    void listCold(Throughput throughput) {
      listCold = throughput;
    }

    void health(Throughput throughput) {
      health = throughput;
    }

    void listWarm(Throughput throughput) {
      listWarm = throughput;
    }

    void afterLoad(Memory memory) {
      afterLoad = memory;
    }

    void existingStart(long startup, long health, long cpu, Memory memory) {
      existingStartup = startup;
      existingHealth = health;
      existingCpu = cpu;
      afterExistingStart = memory;
    }

    RunResult build() {
      return new RunResult(loadAverage, freshStartup, freshHealth, freshCpu, afterFreshStart, addMillis, listCold,
          health, listWarm, afterLoad, existingStartup, existingHealth, existingCpu, afterExistingStart);
    }
  }
}
