package io.waxalert.app.monitor;

import io.github.bucket4j.Bucket;
import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.budget.FairGate;
import io.waxalert.discogs.RequestPermits;

/**
 * The permit every Discogs request of this instance takes first: its turn in the {@link FairGate},
 * round-robin among the collectors waiting ({@link BudgetOwner}), so one collector's check-all or
 * searches never delay another's requests by more than one turn per turn of theirs; with
 * {@code budget-scope=cluster} then a token from the cluster's bucket in PostgreSQL, so all instances
 * together spend one {@code requests-per-minute}. The client's own limiter then paces the request.
 */
public final class SharedBudget implements RequestPermits {

  private final FairGate gate;
  private final @Nullable Bucket cluster;

  /** @param cluster the cluster's bucket with {@code budget-scope=cluster}; null for {@code instance} */
  public SharedBudget(FairGate gate, @Nullable Bucket cluster) {
    this.gate = gate;
    this.cluster = cluster;
  }

  @Override
  public Permit acquire() throws InterruptedException {
    FairGate.Permit turn = gate.acquire(BudgetOwner.current());
    if (cluster != null) {
      try {
        cluster.asBlocking().consume(1);
      } catch (InterruptedException | RuntimeException e) {
        turn.close();
        throw e;
      }
    }
    return turn::close;
  }

  /** Requests waiting for their turn now. */
  public int waiting() {
    return gate.waiting();
  }
}
