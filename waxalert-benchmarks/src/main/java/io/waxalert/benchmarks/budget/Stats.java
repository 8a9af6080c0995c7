package io.waxalert.benchmarks.budget;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Minutes collected for one figure: mean, percentiles, maximum. */
final class Stats {

  private final List<Double> values = new ArrayList<>();
  private boolean sorted;

  void addMillis(long millis) {
    values.add(millis / 60_000.0);
    sorted = false;
  }

  int count() {
    return values.size();
  }

  double mean() {
    return values.stream().mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
  }

  double percentile(double p) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    if (!sorted) {
      Collections.sort(values);
      sorted = true;
    }
    int index = (int) Math.ceil(p / 100 * values.size()) - 1;
    return values.get(Math.max(0, Math.min(values.size() - 1, index)));
  }

  double max() {
    return percentile(100);
  }
}
