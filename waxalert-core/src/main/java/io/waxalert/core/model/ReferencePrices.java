package io.waxalert.core.model;

import io.waxalert.core.Nullable;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a release is worth, the yardstick of the "underpriced" trigger: Discogs' price suggestion per
 * grade, or a condition-blind figure such as the trailing median of prices WaxAlert observed.
 *
 * @param byCondition price per media grade
 * @param overall a figure for any grade, used where no per-grade price exists; null when none
 */
public record ReferencePrices(Map<MediaCondition, Money> byCondition, @Nullable Money overall) {

  private static final ReferencePrices NONE = new ReferencePrices(Map.of(), null);

  /**
   * Copies the per-grade prices.
   *
   * @param byCondition price per media grade
   * @param overall a figure for any grade, used where no per-grade price exists; null when none
   * @throws NullPointerException if {@code byCondition} is null
   */
  public ReferencePrices {
    byCondition =
        byCondition.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byCondition));
  }

  /**
   * No reference at all: the "underpriced" trigger cannot judge against it.
   *
   * @return the empty reference
   */
  public static ReferencePrices none() {
    return NONE;
  }

  /**
   * A condition-blind reference, such as an observed median.
   *
   * @param price the figure for any grade
   * @return the reference
   */
  public static ReferencePrices overall(Money price) {
    return new ReferencePrices(Map.of(), price);
  }

  /**
   * The reference for copies of this grade: its own price, else the overall figure.
   *
   * @param condition the grade of the copy, null when unknown (then only the overall figure
   *     applies)
   * @return the reference price, or empty when there is none
   */
  public Optional<Money> forCondition(@Nullable MediaCondition condition) {
    Money perGrade = condition == null ? null : byCondition.get(condition);
    return Optional.ofNullable(perGrade != null ? perGrade : overall);
  }

  /**
   * Whether there is nothing to judge against.
   *
   * @return true with neither per-grade prices nor an overall figure
   */
  public boolean isEmpty() {
    return byCondition.isEmpty() && overall == null;
  }

  /**
   * This reference with {@code fallback} as overall figure where it has none.
   *
   * @param fallback the overall figure to use, null for none
   * @return this reference when it has an overall figure or {@code fallback} is null, else a copy
   *     with it
   */
  public ReferencePrices orOverall(@Nullable Money fallback) {
    return overall != null || fallback == null ? this : new ReferencePrices(byCondition, fallback);
  }
}
