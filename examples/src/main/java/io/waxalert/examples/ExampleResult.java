package io.waxalert.examples;

import io.waxalert.core.criteria.MatchResult;
import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.EntryStatus;
import io.waxalert.core.monitor.CycleReport;
import java.util.List;
import java.util.Map;

/**
 * What one run of {@link MatchCriteriaExample} printed and found, so a test can check the example
 * still shows what it claims.
 *
 * @param transcript everything the example prints
 * @param genericSleeve the matcher's verdict on the cheap copy in a generic sleeve, for Alice
 * @param alerts the alerts delivered in the first cycle over the built-in market, in order
 * @param firstCycle the reports of the first cycle (sell pages, then market stats)
 * @param secondCycle the reports of the same checks run again
 * @param statusByOwner each collector's entry status after the cycles
 * @param fixturesFound whether {@code shared/discogs-fixtures/} was there to read
 * @param fixtureAlerts the alerts raised from the recorded Discogs responses; empty without them
 */
public record ExampleResult(
    String transcript,
    MatchResult genericSleeve,
    List<Alert> alerts,
    List<CycleReport> firstCycle,
    List<CycleReport> secondCycle,
    Map<String, EntryStatus> statusByOwner,
    boolean fixturesFound,
    List<Alert> fixtureAlerts) {

  /** The collectors who got at least one alert from the built-in market, in the order alerted. */
  public List<String> alertedOwners() {
    return alerts.stream().map(Alert::ownerId).distinct().toList();
  }

  /** Alerts raised for the first time in these reports. */
  public static int newAlerts(List<CycleReport> reports) {
    return reports.stream().mapToInt(CycleReport::newAlerts).sum();
  }
}
