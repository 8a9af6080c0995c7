package io.waxalert.benchmarks.budget;

import java.util.List;

/** Decides, on each tick, which releases the next window of the budget fetches. */
interface SimScheduler {

  String name();

  /** At most {@code window} distinct releases, in the order they are fetched. */
  List<Long> window(SimWorld world, long now, int window);
}
