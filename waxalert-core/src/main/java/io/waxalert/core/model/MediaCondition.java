package io.waxalert.core.model;

import java.util.Locale;

/** Discogs' grading scale for the record itself, best first. */
public enum MediaCondition {
  MINT("M", "Mint (M)"),
  NEAR_MINT("NM", "Near Mint (NM or M-)"),
  VERY_GOOD_PLUS("VG+", "Very Good Plus (VG+)"),
  VERY_GOOD("VG", "Very Good (VG)"),
  GOOD_PLUS("G+", "Good Plus (G+)"),
  GOOD("G", "Good (G)"),
  FAIR("F", "Fair (F)"),
  POOR("P", "Poor (P)");

  private final String abbreviation;
  private final String discogsName;

  MediaCondition(String abbreviation, String discogsName) {
    this.abbreviation = abbreviation;
    this.discogsName = discogsName;
  }

  /** The short grade, as the API of WaxAlert returns it: {@code VG+}. */
  public String abbreviation() {
    return abbreviation;
  }

  /** The exact string Discogs uses in listings: {@code Very Good Plus (VG+)}. */
  public String discogsName() {
    return discogsName;
  }

  /** True when this grade is the same as or better than {@code minimum}. */
  public boolean isAtLeast(MediaCondition minimum) {
    return ordinal() <= minimum.ordinal();
  }

  /**
   * Parses the abbreviation ({@code VG+}, also {@code M-} for Near Mint) or the exact Discogs string,
   * ignoring case and surrounding blanks.
   */
  public static MediaCondition parse(String text) {
    String key = Grades.normalize(text);
    for (MediaCondition condition : values()) {
      if (Grades.matches(key, condition.abbreviation, condition.discogsName)) {
        return condition;
      }
    }
    if (key.equals("M-")) {
      return NEAR_MINT;
    }
    throw new IllegalArgumentException(
        "unknown media condition '" + text + "', expected one of M, NM, VG+, VG, G+, G, F, P"
            + " or the Discogs name such as 'Very Good Plus (VG+)'");
  }

  /** Shared parsing rules of both grading scales. */
  static final class Grades {
    private Grades() {}

    static String normalize(String text) {
      return text == null ? "" : text.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    static boolean matches(String key, String abbreviation, String discogsName) {
      return key.equals(abbreviation.toUpperCase(Locale.ROOT))
          || key.equals(discogsName.toUpperCase(Locale.ROOT));
    }
  }
}
