package io.waxalert.core.model;

import io.waxalert.core.Nullable;

/**
 * Discogs' sleeve scale: the media grades plus three sleeves that carry no grade.
 *
 * <p>How they meet a minimum-sleeve rule (see {@link #meets(MediaCondition)}): {@code GENERIC} and
 * {@code NO_COVER} fail any minimum, since the collector asked for a graded original sleeve and
 * these are not one; {@code NOT_GRADED} cannot be judged — the seller did not say — so the matcher
 * reports it as unknown rather than pass or fail.
 */
public enum SleeveCondition {
  /** Mint (M). */
  MINT(MediaCondition.MINT),
  /** Near Mint (NM or M-). */
  NEAR_MINT(MediaCondition.NEAR_MINT),
  /** Very Good Plus (VG+). */
  VERY_GOOD_PLUS(MediaCondition.VERY_GOOD_PLUS),
  /** Very Good (VG). */
  VERY_GOOD(MediaCondition.VERY_GOOD),
  /** Good Plus (G+). */
  GOOD_PLUS(MediaCondition.GOOD_PLUS),
  /** Good (G). */
  GOOD(MediaCondition.GOOD),
  /** Fair (F). */
  FAIR(MediaCondition.FAIR),
  /** Poor (P). */
  POOR(MediaCondition.POOR),
  /** A plain sleeve not made for this release; fails any minimum. */
  GENERIC(null, "Generic", "Generic"),
  /** The seller did not grade the sleeve; cannot be judged. */
  NOT_GRADED(null, "Not Graded", "Not Graded"),
  /** Sold without a sleeve; fails any minimum. */
  NO_COVER(null, "No Cover", "No Cover");

  /** Outcome of holding a sleeve against a minimum grade. */
  public enum Verdict {
    /** The sleeve is graded at least the minimum. */
    MEETS,
    /** The sleeve is graded below the minimum, or is Generic or No Cover. */
    FAILS,
    /** The seller did not grade the sleeve: the matcher reports it as not judged. */
    NOT_GRADED
  }

  private final @Nullable MediaCondition grade;
  private final String abbreviation;
  private final String discogsName;

  SleeveCondition(MediaCondition grade) {
    this(grade, grade.abbreviation(), grade.discogsName());
  }

  SleeveCondition(@Nullable MediaCondition grade, String abbreviation, String discogsName) {
    this.grade = grade;
    this.abbreviation = abbreviation;
    this.discogsName = discogsName;
  }

  /**
   * The short grade ({@code VG+}), or the full name for the three ungraded sleeves.
   *
   * @return the abbreviation
   */
  public String abbreviation() {
    return abbreviation;
  }

  /**
   * The exact string Discogs uses in listings: {@code Very Good Plus (VG+)}, {@code Generic}.
   *
   * @return the Discogs name
   */
  public String discogsName() {
    return discogsName;
  }

  /**
   * True for the eight graded sleeves.
   *
   * @return false for Generic, Not Graded and No Cover
   */
  public boolean isGraded() {
    return grade != null;
  }

  /**
   * Whether this sleeve satisfies a minimum sleeve grade; the class comment explains the ungraded
   * ones.
   *
   * @param minimum the lowest sleeve grade accepted
   * @return {@code MEETS}, {@code FAILS}, or {@code NOT_GRADED} for a sleeve the seller did not
   *     grade
   */
  public Verdict meets(MediaCondition minimum) {
    if (this == NOT_GRADED) {
      return Verdict.NOT_GRADED;
    }
    return grade != null && grade.isAtLeast(minimum) ? Verdict.MEETS : Verdict.FAILS;
  }

  /**
   * Parses one of Generic / Not Graded / No Cover, or a grade in any spelling
   * {@link MediaCondition#parse} accepts, ignoring case and blanks.
   *
   * @param text the condition as written; null is rejected like any unknown condition
   * @return the sleeve condition
   * @throws IllegalArgumentException naming the accepted forms for anything else
   */
  public static SleeveCondition parse(String text) {
    String key = MediaCondition.Grades.key(text);
    for (SleeveCondition condition : values()) {
      if (!condition.isGraded() && MediaCondition.Grades.key(condition.discogsName).equals(key)) {
        return condition;
      }
    }
    MediaCondition grade = MediaCondition.Grades.MEDIA.get(key);
    if (grade == null) {
      throw new IllegalArgumentException(
          "unknown sleeve condition '" + text + "', expected one of M, NM, VG+, VG, G+, G, F, P,"
              + " Generic, Not Graded, No Cover or the Discogs name such as 'Very Good Plus (VG+)'");
    }
    return of(grade);
  }

  /**
   * The sleeve grade of the same name as a media grade.
   *
   * @param grade a media grade
   * @return the graded sleeve of that grade
   */
  public static SleeveCondition of(MediaCondition grade) {
    return values()[grade.ordinal()];
  }
}
