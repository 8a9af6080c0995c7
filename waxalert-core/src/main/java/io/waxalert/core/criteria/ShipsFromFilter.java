package io.waxalert.core.criteria;

import io.waxalert.core.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a listing may ship from, by the country name Discogs shows ("Germany"), kept as the
 * collector wrote them and compared case-insensitively: the countries it must ship from (empty for
 * any) and the countries it must never ship from (empty for none). Both may be set at once ("from
 * Europe, but never from Russia"); an excluded country is refused even when it is also listed as
 * wanted.
 *
 * @param onlyFrom the listing must ship from one of these; empty for any country
 * @param notFrom the listing must not ship from any of these; empty for none excluded
 */
public record ShipsFromFilter(Set<String> onlyFrom, Set<String> notFrom) {

  private static final ShipsFromFilter ANY = new ShipsFromFilter(Set.of(), Set.of());

  /**
   * Trims the country names and drops blank ones.
   *
   * @param onlyFrom the countries the listing must ship from; empty for any
   * @param notFrom the countries the listing must never ship from; empty for none
   * @throws NullPointerException if either set is null
   */
  public ShipsFromFilter {
    onlyFrom = clean(onlyFrom);
    notFrom = clean(notFrom);
  }

  private static Set<String> clean(Collection<String> countries) {
    return countries.stream().map(String::trim).filter(c -> !c.isEmpty()).collect(Collectors.toUnmodifiableSet());
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
    return new ShipsFromFilter(Set.copyOf(countries), Set.of());
  }

  /**
   * Listings shipping from one of these countries fail.
   *
   * @param countries country names as Discogs writes them; empty means any country
   * @return the filter
   */
  public static ShipsFromFilter notFrom(List<String> countries) {
    return new ShipsFromFilter(Set.of(), Set.copyOf(countries));
  }

  /**
   * This filter with {@code countries} as the wanted ones (empty: any), the excluded ones kept.
   *
   * @param countries country names as Discogs writes them
   * @return the changed filter
   */
  public ShipsFromFilter withOnlyFrom(Collection<String> countries) {
    return new ShipsFromFilter(Set.copyOf(countries), notFrom);
  }

  /**
   * This filter with {@code countries} as the excluded ones (empty: none), the wanted ones kept.
   *
   * @param countries country names as Discogs writes them
   * @return the changed filter
   */
  public ShipsFromFilter withNotFrom(Collection<String> countries) {
    return new ShipsFromFilter(onlyFrom, Set.copyOf(countries));
  }

  /**
   * False when the filter lets every listing through.
   *
   * @return true when at least one country is listed
   */
  public boolean isSet() {
    return !onlyFrom.isEmpty() || !notFrom.isEmpty();
  }

  /**
   * The entry's demand in words, e.g. {@code one of France, Germany; none of Russia}, the countries
   * sorted; empty text when not set.
   *
   * @return the demand in words
   */
  public String demand() {
    String wanted = onlyFrom.isEmpty() ? "" : "one of " + sorted(onlyFrom);
    String excluded = notFrom.isEmpty() ? "" : "none of " + sorted(notFrom);
    return wanted.isEmpty() || excluded.isEmpty() ? wanted + excluded : wanted + "; " + excluded;
  }

  private static String sorted(Set<String> countries) {
    return countries.stream().sorted(String.CASE_INSENSITIVE_ORDER).collect(Collectors.joining(", "));
  }

  /** Passed, failed, or not judged when the listing does not say where it ships from. */
  Verdict judge(@Nullable String shipsFrom) {
    if (!isSet()) {
      return Verdict.PASSED;
    }
    if (shipsFrom == null || shipsFrom.isBlank()) {
      return Verdict.NOT_JUDGED;
    }
    String country = shipsFrom.trim();
    if (contains(notFrom, country)) {
      return Verdict.FAILED;
    }
    return onlyFrom.isEmpty() || contains(onlyFrom, country) ? Verdict.PASSED : Verdict.FAILED;
  }

  private static boolean contains(Set<String> countries, String country) {
    for (String listed : countries) {
      if (listed.equalsIgnoreCase(country)) {
        return true;
      }
    }
    return false;
  }
}
