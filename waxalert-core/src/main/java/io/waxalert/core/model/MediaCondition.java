package io.waxalert.core.model;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/** Discogs' grading scale for the record itself, best first. */
public enum MediaCondition {
  /** Mint (M): perfect, probably never played. */
  MINT("M", "Mint (M)"),
  /** Near Mint (NM or M-): nearly perfect, no obvious signs of use. */
  NEAR_MINT("NM", "Near Mint (NM or M-)", "M-"),
  /** Very Good Plus (VG+): slight signs of wear that do not affect listening. */
  VERY_GOOD_PLUS("VG+", "Very Good Plus (VG+)"),
  /** Very Good (VG): audible surface noise and light scratches. */
  VERY_GOOD("VG", "Very Good (VG)"),
  /** Good Plus (G+): plays through, with noticeable noise and wear. */
  GOOD_PLUS("G+", "Good Plus (G+)"),
  /** Good (G): plays through, with heavy noise and wear. */
  GOOD("G", "Good (G)"),
  /** Fair (F): skips or repeats, barely playable. */
  FAIR("F", "Fair (F)"),
  /** Poor (P): cracked or warped, does not play. */
  POOR("P", "Poor (P)");

  private final String abbreviation;
  private final String discogsName;
  private final String[] aliases;

  MediaCondition(String abbreviation, String discogsName, String... aliases) {
    this.abbreviation = abbreviation;
    this.discogsName = discogsName;
    this.aliases = aliases;
  }

  /**
   * The short grade, as the API of WaxAlert returns it: {@code VG+}.
   *
   * @return the abbreviation, never blank
   */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * The exact string Discogs uses in listings: {@code Very Good Plus (VG+)}.
   *
   * @return the Discogs name, abbreviation in brackets
   */
  public String discogsName() {
    return discogsName;
  }

  /**
   * True when this grade is the same as or better than {@code minimum}.
   *
   * @param minimum the lowest grade accepted
   * @return true when this grade is {@code minimum} or better
   */
  public boolean isAtLeast(MediaCondition minimum) {
    return ordinal() <= minimum.ordinal();
  }

  /**
   * Parses a grade as people write it, ignoring case and blanks: the abbreviation ({@code VG+},
   * {@code vg +}, {@code VG plus}, also {@code M-} for Near Mint), the exact Discogs string
   * ({@code Very Good Plus (VG+)}), its words alone ({@code very good plus}), the words with the
   * abbreviation ({@code Near Mint (NM)}) or the part in brackets ({@code NM or M-}).
   *
   * @param text the grade as written; null is rejected like any unknown grade
   * @return the grade
   * @throws IllegalArgumentException naming the accepted forms for anything else ("Excellent", "EX")
   */
  public static MediaCondition parse(String text) {
    // stored grades are already keys ("VG+"): reading a list parses two per entry
    MediaCondition exact = text == null ? null : Grades.MEDIA.get(text);
    MediaCondition condition = exact != null ? exact : Grades.MEDIA.get(Grades.key(text));
    if (condition == null) {
      throw new IllegalArgumentException(
          "unknown media condition '" + text + "', expected one of M, NM, VG+, VG, G+, G, F, P"
              + " or the Discogs name such as 'Very Good Plus (VG+)'");
    }
    return condition;
  }

  /** The spellings both grading scales accept, reduced to one comparable key each. */
  static final class Grades {
    private static final Pattern PLUS = Pattern.compile("\\bPLUS\\b");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    static final Map<String, MediaCondition> MEDIA = spellings();

    private Grades() {}

    /** Upper case, "plus" as "+", without blanks: "vg plus", "VG +" and "VG+" give one key. */
    static String key(String text) {
      if (text == null) {
        return "";
      }
      return BLANKS.matcher(PLUS.matcher(text.toUpperCase(Locale.ROOT)).replaceAll("+")).replaceAll("");
    }

    private static Map<String, MediaCondition> spellings() {
      Map<String, MediaCondition> byKey = new HashMap<>();
      for (MediaCondition condition : values()) {
        String name = condition.discogsName;
        int bracket = name.indexOf('(');
        String words = name.substring(0, bracket).trim();
        String inBrackets = name.substring(bracket + 1, name.length() - 1);
        for (String spelling : new String[] {condition.abbreviation, name, words, inBrackets,
            words + " (" + condition.abbreviation + ")"}) {
          byKey.put(key(spelling), condition);
        }
        for (String alias : condition.aliases) {
          byKey.put(key(alias), condition);
        }
      }
      return Map.copyOf(byKey);
    }
  }
}
