package io.waxalert.benchmarks.budget;

import io.waxalert.benchmarks.budget.SimEvents.Event;
import io.waxalert.benchmarks.budget.SimPopulation.Entry;
import io.waxalert.benchmarks.budget.SimPopulation.Kind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The figures of one scheduler's run, measured on the shared events. */
final class SimOutcome {

  /** Events of one group: how many, caught within one interval, alerted at all, the delays. */
  static final class Catch {
    int events;
    int withinInterval;
    final Stats delay = new Stats();

    double withinIntervalShare() {
      return events == 0 ? Double.NaN : 100.0 * withinInterval / events;
    }

    double alertedShare() {
      return events == 0 ? Double.NaN : 100.0 * delay.count() / events;
    }
  }

  final String name;
  final int fetches;
  final int repeatsWithinMaxAge;
  final Catch all = new Catch();
  final Map<Kind, Catch> byKind = new EnumMap<>(Kind.class);
  final Catch lightWhileHammered = new Catch();
  final Catch heavyBeforeHammerDay = new Catch();
  final Stats staleness = new Stats();
  int pastMaxStaleness;
  final Stats lightAgeWhileHammered = new Stats();
  final Stats lightCheckAllWhileHammered = new Stats();
  final Stats heavyCheckAll = new Stats();
  final Stats firstCheck = new Stats();

  SimOutcome(SimScheduler scheduler, SimWorld world, SimEvents events, SimPopulation population) {
    this.name = scheduler.name();
    this.fetches = world.fetches;
    this.repeatsWithinMaxAge = world.repeatsWithinMaxAge;
    SimConfig config = world.config;
    for (Kind kind : Kind.values()) {
      byKind.put(kind, new Catch());
    }
    long interval = config.interval().toMillis();
    for (Event event : events.events) {
      long alertedAt = SimEvents.firstFetch(world.fetchLog.get(event.entry().releaseId()), event.start(), event.end());
      boolean hammered = event.start() >= config.hammerStart() && event.start() < config.hammerEnd();
      boolean quiet = event.start() < config.hammerStart() - Duration.ofHours(8).toMillis();
      Kind kind = event.entry().user().kind();
      List<Catch> groups = new ArrayList<>(List.of(all, byKind.get(kind)));
      if (hammered && kind == Kind.LIGHT) {
        groups.add(lightWhileHammered);
      }
      if (quiet && kind == Kind.HEAVY) {
        groups.add(heavyBeforeHammerDay);
      }
      for (Catch group : groups) {
        group.events++;
        if (alertedAt >= 0) {
          group.delay.addMillis(alertedAt - event.start());
          group.withinInterval += alertedAt - event.start() <= interval ? 1 : 0;
        }
      }
    }
    measureStaleness(world, population);
    for (SimWorld.CheckAll checkAll : world.finished) {
      boolean hammered = checkAll.requestedAt >= config.hammerStart() && checkAll.requestedAt < config.hammerEnd();
      if (hammered && checkAll.user.kind() == Kind.LIGHT) {
        lightCheckAllWhileHammered.addMillis(checkAll.doneAt - checkAll.requestedAt);
      }
      if (hammered && checkAll.user.kind() == Kind.HEAVY) {
        heavyCheckAll.addMillis(checkAll.doneAt - checkAll.requestedAt);
      }
    }
    for (Entry entry : population.entries) {
      if (entry.createdAt() >= 0 && entry.createdAt() < config.horizonMillis() - interval) {
        long first = SimEvents.firstFetch(world.fetchLog.get(entry.releaseId()), entry.createdAt(), Long.MAX_VALUE);
        firstCheck.addMillis((first < 0 ? config.horizonMillis() : first) - entry.createdAt());
      }
    }
  }

  /** Gaps between checks of every release wanted, from the run's start (or first want) to its end. */
  private void measureStaleness(SimWorld world, SimPopulation population) {
    SimConfig config = world.config;
    Set<Long> lightReleases = new HashSet<>();
    population.entries.stream().filter(e -> e.user().kind() == Kind.LIGHT && e.createdAt() < config.hammerStart())
        .forEach(e -> lightReleases.add(e.releaseId()));
    for (Map.Entry<Long, Long> wanted : world.firstWanted.entrySet()) {
      long releaseId = wanted.getKey();
      long previous = world.fetchedBeforeRun.getOrDefault(releaseId, wanted.getValue());
      long worst = 0;
      long worstWhileHammered = 0;
      List<Long> log = world.fetchLog.getOrDefault(releaseId, List.of());
      for (int i = 0; i <= log.size(); i++) {
        long at = i < log.size() ? log.get(i) : config.horizonMillis();
        worst = Math.max(worst, at - previous);
        if (at > config.hammerStart() && previous < config.hammerEnd()) {
          worstWhileHammered = Math.max(worstWhileHammered, Math.min(at, config.hammerEnd()) - previous);
        }
        previous = at;
      }
      staleness.addMillis(worst);
      pastMaxStaleness += worst > config.maxStaleness().toMillis() ? 1 : 0;
      if (lightReleases.contains(releaseId)) {
        lightAgeWhileHammered.addMillis(worstWhileHammered);
      }
    }
  }
}
