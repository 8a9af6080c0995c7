package io.waxalert.benchmarks.budget;

import io.waxalert.benchmarks.budget.BudgetSimulation.EstimateCheck;
import io.waxalert.benchmarks.budget.SimPopulation.Kind;
import io.waxalert.core.budget.BudgetPolicy;
import io.waxalert.core.budget.FreshnessEstimate;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/** Prints the figures of a run as a Markdown table, schedulers side by side. */
final class SimReport {

  private SimReport() {}

  static void print(SimConfig config, BudgetPolicy policy, int activeAtStart, SimPopulation population,
      SimEvents events, List<SimOutcome> outcomes, List<EstimateCheck> checks) {
    System.out.printf(Locale.ROOT, "seed %d, %d days, %d releases in the market, %d wanted at the start, "
            + "%d users (%d heavy x %d, %d medium x %d, %d light x %d entries), %d entries at the end%n",
        config.seed(), config.days(), config.releases(), activeAtStart, population.users.size(),
        config.users()[0], config.lists()[0], config.users()[1], config.lists()[1], config.users()[2],
        config.lists()[2], population.entries.size());
    System.out.printf(Locale.ROOT, "interval %s, max-staleness %s, market-max-age %s, tick %s, budget %.2f requests/min"
            + " (a third of the releases per interval); lowest prices move %.0f times a day; "
            + "heavy user clicks check-all every %s on day %d, 08:00-20:00%n%n",
        config.interval(), config.maxStaleness(), config.marketMaxAge(), config.tick(),
        policy.requestsPerMinute(), config.movesPerDay(), config.hammerEvery(), config.hammerDay() + 1);
    StringBuilder header = new StringBuilder("| figure |");
    StringBuilder rule = new StringBuilder("|---|");
    for (SimOutcome outcome : outcomes) {
      header.append(' ').append(outcome.name).append(" |");
      rule.append("---|");
    }
    System.out.println(header);
    System.out.println(rule);
    row(outcomes, "Discogs requests (release fetches)", o -> String.valueOf(o.fetches));
    row(outcomes, "fetches repeated within market-max-age", o -> String.valueOf(o.repeatsWithinMaxAge));
    row(outcomes, "alert-worthy events", o -> String.valueOf(o.all.events));
    row(outcomes, "caught within one interval", o -> share(o.all.withinInterval, o.all.events));
    row(outcomes, "alerted at all (before the listing went)", o -> percent(o.all.alertedShare()));
    row(outcomes, "mean delay event to alert", o -> minutes(o.all.delay.mean()));
    row(outcomes, "median / p90 delay", o -> minutes(o.all.delay.percentile(50)) + " / " + minutes(o.all.delay.percentile(90)));
    for (Kind kind : Kind.values()) {
      String name = kind.name().toLowerCase(Locale.ROOT);
      row(outcomes, name + " users: caught within one interval / mean delay", o -> percent(o.byKind.get(kind).withinIntervalShare())
          + " / " + minutes(o.byKind.get(kind).delay.mean()));
    }
    row(outcomes, "heavy user before the hammer day: caught within one interval / alerted / mean delay",
        o -> percent(o.heavyBeforeHammerDay.withinIntervalShare()) + " / " + percent(o.heavyBeforeHammerDay.alertedShare())
            + " / " + minutes(o.heavyBeforeHammerDay.delay.mean()));
    row(outcomes, "worst staleness of any wanted release", o -> minutes(o.staleness.max()));
    row(outcomes, "releases past max-staleness", o -> String.valueOf(o.pastMaxStaleness));
    row(outcomes, "new entries: mean / worst time to first check", o -> minutes(o.firstCheck.mean()) + " / " + minutes(o.firstCheck.max()));
    row(outcomes, "while hammered: light users' check-all, mean / worst", o -> minutes(o.lightCheckAllWhileHammered.mean())
        + " / " + minutes(o.lightCheckAllWhileHammered.max()));
    row(outcomes, "while hammered: light users' oldest check, mean / worst", o -> minutes(o.lightAgeWhileHammered.mean())
        + " / " + minutes(o.lightAgeWhileHammered.max()));
    row(outcomes, "while hammered: light users' events caught within one interval / mean delay",
        o -> share(o.lightWhileHammered.withinInterval, o.lightWhileHammered.events) + " / " + minutes(o.lightWhileHammered.delay.mean()));
    row(outcomes, "while hammered: heavy user's check-alls done / mean duration", o -> o.heavyCheckAll.count() + " / "
        + minutes(o.heavyCheckAll.mean()));
    System.out.println();
    for (EstimateCheck check : checks) {
      FreshnessEstimate estimate = check.estimate;
      System.out.printf(Locale.ROOT, "planner's estimate at day %d 12:00: pass %s, entries really checked every %s,"
              + " %d of %d entries overdue, guarantee holds: %s; next_check_at off by median %s, p90 %s%n",
          check.at / 86_400_000 + 1, minutes(estimate.passTime().toMillis() / 60_000.0),
          minutes(estimate.effectiveInterval().toMillis() / 60_000.0), estimate.overdueEntries(),
          estimate.activeEntries(), estimate.guaranteeHolds(), minutes(check.error.percentile(50)),
          minutes(check.error.percentile(90)));
    }
  }

  private static void row(List<SimOutcome> outcomes, String figure, Function<SimOutcome, String> value) {
    StringBuilder line = new StringBuilder("| ").append(figure).append(" |");
    for (SimOutcome outcome : outcomes) {
      line.append(' ').append(value.apply(outcome)).append(" |");
    }
    System.out.println(line);
  }

  private static String share(int part, int whole) {
    return String.format(Locale.ROOT, "%,d (%.1f %%)", part, whole == 0 ? Double.NaN : 100.0 * part / whole);
  }

  private static String percent(double value) {
    return String.format(Locale.ROOT, "%.1f %%", value);
  }

  private static String minutes(double minutes) {
    if (Double.isNaN(minutes)) {
      return "–";
    }
    return minutes < 90 ? String.format(Locale.ROOT, "%.0f min", minutes)
        : String.format(Locale.ROOT, "%.1f h", minutes / 60);
  }
}
