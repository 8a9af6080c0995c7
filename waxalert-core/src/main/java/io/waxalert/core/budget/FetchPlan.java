package io.waxalert.core.budget;

import java.util.List;
import java.util.Objects;

/**
 * The fetches to hand out now, in order, and what the next plan needs.
 *
 * @param fetches at most the window's number, highest priority first; each release once
 * @param ledger the owners' charges after this plan: pass it to the next plan
 * @param progress one per on-demand request, in the order the requests came
 */
public record FetchPlan(List<PlannedFetch> fetches, FairShareLedger ledger, List<RequestProgress> progress) {

  /**
   * Copies the lists.
   *
   * @param fetches at most the window's number, highest priority first; each release once
   * @param ledger the owners' charges after this plan: pass it to the next plan
   * @param progress one per on-demand request, in the order the requests came
   * @throws NullPointerException if a component is null
   */
  public FetchPlan {
    fetches = List.copyOf(fetches);
    Objects.requireNonNull(ledger, "ledger");
    progress = List.copyOf(progress);
  }
}
