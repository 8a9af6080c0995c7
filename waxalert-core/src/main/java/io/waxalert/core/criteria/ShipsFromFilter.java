package io.waxalert.core.criteria;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Countries a listing may (include) or may not (exclude) ship from, by the country name Discogs
 * shows ("Germany"), kept as the collector wrote them and compared case-insensitively. An empty
 * list means any country.
 */
public record ShipsFromFilter(Mode mode, Set<String> countries) {

  public enum Mode { INCLUDE, EXCLUDE }

  private static final ShipsFromFilter ANY = new ShipsFromFilter(Mode.EXCLUDE, Set.of());

  public ShipsFromFilter {
    java.util.Objects.requireNonNull(mode, "mode");
    countries = countries.stream()
        .map(String::trim)
        .filter(c -> !c.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  public static ShipsFromFilter any() {
    return ANY;
  }

  public static ShipsFromFilter onlyFrom(List<String> countries) {
    return new ShipsFromFilter(Mode.INCLUDE, Set.copyOf(countries));
  }

  public static ShipsFromFilter notFrom(List<String> countries) {
    return new ShipsFromFilter(Mode.EXCLUDE, Set.copyOf(countries));
  }

  /** False when the filter lets every listing through. */
  public boolean isSet() {
    return !countries.isEmpty();
  }

  Verdict judge(@Nullable String shipsFrom) {
    if (!isSet()) {
      return Verdict.PASSED;
    }
    if (shipsFrom == null || shipsFrom.isBlank()) {
      return Verdict.NOT_JUDGED;
    }
    String country = shipsFrom.trim();
    boolean listed = false;
    for (String wanted : countries) {
      listed |= wanted.equalsIgnoreCase(country);
    }
    return listed == (mode == Mode.INCLUDE) ? Verdict.PASSED : Verdict.FAILED;
  }
}
