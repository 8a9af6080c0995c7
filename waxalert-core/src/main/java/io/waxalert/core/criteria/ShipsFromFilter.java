package io.waxalert.core.criteria;

import io.waxalert.core.Nullable;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Countries a listing may (include) or may not (exclude) ship from, by the country name Discogs
 * shows ("Germany"), kept as the collector wrote them and compared case-insensitively. An empty
 * list means any country.
 *
 * @param mode whether {@code countries} are the only ones allowed or the ones refused
 * @param countries country names as Discogs writes them; trimmed, blanks dropped
 */
public record ShipsFromFilter(Mode mode, Set<String> countries) {

  /** Whether the countries are the only ones allowed or the ones refused. */
  public enum Mode {
    /** Only listings shipping from one of the countries pass. */
    INCLUDE,
    /** Listings shipping from one of the countries fail. */
    EXCLUDE
  }

  private static final ShipsFromFilter ANY = new ShipsFromFilter(Mode.EXCLUDE, Set.of());

  /**
   * Trims the country names and drops blank ones.
   *
   * @param mode whether {@code countries} are the only ones allowed or the ones refused
   * @param countries country names as Discogs writes them; trimmed, blanks dropped
   * @throws NullPointerException if {@code mode} or {@code countries} is null
   */
  public ShipsFromFilter {
    java.util.Objects.requireNonNull(mode, "mode");
    countries = countries.stream()
        .map(String::trim)
        .filter(c -> !c.isEmpty())
        .collect(Collectors.toUnmodifiableSet());
  }

  /**
   * No filter: any country, or none known, passes.
   *
   * @return the empty filter
   */
  public static ShipsFromFilter any() {
    return ANY;
  }

  /**
   * Only listings shipping from one of these countries pass.
   *
   * @param countries country names as Discogs writes them; empty means any country
   * @return the filter
   */
  public static ShipsFromFilter onlyFrom(List<String> countries) {
    return new ShipsFromFilter(Mode.INCLUDE, Set.copyOf(countries));
  }

  /**
   * Listings shipping from one of these countries fail.
   *
   * @param countries country names as Discogs writes them; empty means any country
   * @return the filter
   */
  public static ShipsFromFilter notFrom(List<String> countries) {
    return new ShipsFromFilter(Mode.EXCLUDE, Set.copyOf(countries));
  }

  /**
   * False when the filter lets every listing through.
   *
   * @return true when at least one country is listed
   */
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
