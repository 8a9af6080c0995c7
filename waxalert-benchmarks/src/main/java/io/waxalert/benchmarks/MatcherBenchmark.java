package io.waxalert.benchmarks;

import io.waxalert.core.criteria.CriteriaMatcher;
import io.waxalert.core.inmemory.FixedExchangeRates;
import io.waxalert.core.model.Listing;
import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Listing × criteria evaluations per second: the yes/no fast path a cycle runs for every listing
 * of every hopeful entry, and the explaining path it runs for the few that fit. One operation is
 * one evaluation; each invocation holds all {@value #LISTINGS} listings against all
 * {@value #CRITERIA} criteria sets.
 *
 * <pre>java -jar waxalert-benchmarks/target/benchmarks.jar MatcherBenchmark -f 1 -wi 3 -i 5 -t 1</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class MatcherBenchmark {

  static final int LISTINGS = 1_000;
  static final int CRITERIA = 64;
  static final int EVALUATIONS = LISTINGS * CRITERIA;

  /**
   * {@code mixed}: about 28 % of listing prices and 14 % of maximum prices in a foreign currency;
   * {@code euro}: the same market in euros only, to show what currency conversion costs.
   */
  @Param({"mixed", "euro"})
  public String currencies;

  private final CriteriaMatcher matcher = CriteriaMatcher.standard(FixedExchangeRates.approximate());
  private Listing[] listings;
  private SampleMarket.Wanted[] wanted;

  @Setup
  public void createMarket() {
    SampleMarket market = new SampleMarket(20261124L, currencies.equals("euro") ? 0 : 0.28);
    // One release with a usual price of 30 EUR: its copies for sale and the entries wanting it.
    BigDecimal level = BigDecimal.valueOf(30);
    listings = new Listing[LISTINGS];
    for (int i = 0; i < LISTINGS; i++) {
      listings[i] = market.listing(1_000_000L + i, 249504, level);
    }
    wanted = new SampleMarket.Wanted[CRITERIA];
    for (int i = 0; i < CRITERIA; i++) {
      wanted[i] = market.wanted(level);
    }
    // The mix is meant to fit like a real wantlist does: a small share of what is for sale.
    System.err.printf("matcher benchmark: %.1f %% of %d evaluations match%n",
        100.0 * countMatches() / EVALUATIONS, EVALUATIONS);
  }

  @Benchmark
  @OperationsPerInvocation(EVALUATIONS)
  public int matches() {
    return countMatches();
  }

  @Benchmark
  @OperationsPerInvocation(EVALUATIONS)
  public int evaluate() {
    int matched = 0;
    for (SampleMarket.Wanted entry : wanted) {
      for (Listing listing : listings) {
        if (matcher.evaluate(listing, entry.criteria(), entry.reference()).isMatch()) {
          matched++;
        }
      }
    }
    return matched;
  }

  private int countMatches() {
    int matched = 0;
    for (SampleMarket.Wanted entry : wanted) {
      for (Listing listing : listings) {
        if (matcher.matches(listing, entry.criteria(), entry.reference())) {
          matched++;
        }
      }
    }
    return matched;
  }
}
