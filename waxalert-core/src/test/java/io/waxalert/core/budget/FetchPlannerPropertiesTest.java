package io.waxalert.core.budget;

import static io.waxalert.core.budget.Demands.NOW;
import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.model.ExchangeRates;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Invariants of every plan, over random demands: property-style, one seed per case. */
class FetchPlannerPropertiesTest {

  private static Demand randomDemand(Random random) {
    Demands demands = new Demands();
    int owners = 2 + random.nextInt(15);
    for (long id = 1; id <= 50 + random.nextInt(400); id++) {
      Duration ago = random.nextInt(8) == 0 ? null : Duration.ofMinutes(random.nextInt(30 * 60));
      demands.release(id, ago, random.nextBoolean() ? null : (5 + random.nextInt(60)) + ".00");
      for (int w = 0; w < 1 + random.nextInt(3); w++) {
        demands.want("owner-" + random.nextInt(owners), id, random.nextBoolean() ? null : (5 + random.nextInt(60)) + ".00",
            NOW.minus(Duration.ofMinutes(random.nextInt(3 * 24 * 60))));
      }
      if (random.nextInt(20) == 0) {
        demands.inFlight(id);
      }
    }
    for (int r = 0; r < random.nextInt(4); r++) {
      Long[] ids = random.longs(1 + random.nextInt(40), 1, 460).boxed().toArray(Long[]::new);
      demands.request("owner-" + random.nextInt(owners), "request-" + r, Duration.ofMinutes(random.nextInt(20)), ids);
    }
    return demands.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
  void aPlanNeverRepeatsAReleaseNorHandsOutOneInFlightOrFetchedWithinMarketMaxAge(long seed) {
    Demand demand = randomDemand(new Random(seed));
    FetchPlanner planner = FetchPlanner.sameCurrencyOnly(BudgetPolicy.defaults());
    Map<Long, ReleaseDemand> byId = demand.releases().stream()
        .collect(Collectors.toMap(ReleaseDemand::releaseId, r -> r));

    FetchPlan plan = planner.plan(demand, FairShareLedger.empty(), 60);

    assertThat(plan.fetches()).hasSizeLessThanOrEqualTo(60)
        .extracting(PlannedFetch::releaseId).doesNotHaveDuplicates()
        .noneMatch(demand.inFlight()::contains)
        .noneMatch(id -> byId.containsKey(id) && byId.get(id).lastFetchedAt() != null
            && byId.get(id).lastFetchedAt().isAfter(NOW.minus(BudgetPolicy.defaults().marketMaxAge())));
    assertThat(plan.ledger().charges().values()).contains(0L).allMatch(c -> c >= 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {21, 22, 23, 24, 25, 26, 27, 28, 29, 30})
  void ownersStillWithWorkAfterAPlanGotSharesWithinOneOfEachOther(long seed) {
    Demand demand = randomDemand(new Random(seed));
    FetchPlanner planner = FetchPlanner.sameCurrencyOnly(BudgetPolicy.builder().burst(0).build());
    int window = 20;

    FetchPlan plan = planner.plan(demand, FairShareLedger.empty(), window);

    Set<Long> taken = new HashSet<>(demand.inFlight());
    plan.fetches().forEach(f -> taken.add(f.releaseId()));
    Map<String, Integer> shares = new HashMap<>();
    plan.fetches().stream().filter(f -> f.reason() != FetchReason.OVERDUE)
        .forEach(f -> shares.merge(f.chargedTo(), 1, Integer::sum));
    // an owner whose queue still holds a release nobody took was never out of work
    ExchangeRates sameCurrency = (from, to) -> from == to ? Optional.of(BigDecimal.ONE) : Optional.empty();
    Map<Long, ReleaseDemand> byId = byId(demand);
    Map<String, List<Candidate>> queues = OwnerQueues.build(planner.policy(), sameCurrency, demand, byId,
        id -> demand.inFlight().contains(id) || byId.containsKey(id) && byId.get(id).lastFetchedAt() != null
            && byId.get(id).lastFetchedAt().isAfter(NOW.minus(planner.policy().marketMaxAge())));
    List<Integer> stillBusy = queues.entrySet().stream()
        .filter(e -> e.getValue().stream().anyMatch(c -> !taken.contains(c.releaseId())))
        .map(e -> shares.getOrDefault(e.getKey(), 0)).toList();
    assertThat(plan.fetches()).hasSize(window);
    assertThat(stillBusy).hasSizeGreaterThan(1);
    assertThat(stillBusy.stream().mapToInt(Integer::intValue).max().orElseThrow()
        - stillBusy.stream().mapToInt(Integer::intValue).min().orElseThrow()).isLessThanOrEqualTo(1);
  }

  private static Map<Long, ReleaseDemand> byId(Demand demand) {
    return demand.releases().stream().collect(Collectors.toMap(ReleaseDemand::releaseId, r -> r));
  }
}
