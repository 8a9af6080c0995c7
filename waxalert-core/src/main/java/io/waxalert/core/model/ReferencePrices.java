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

  public ReferencePrices {
    byCondition =
        byCondition.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(byCondition));
  }

  public static ReferencePrices none() {
    return NONE;
  }

  public static ReferencePrices overall(Money price) {
    return new ReferencePrices(Map.of(), price);
  }

  /** The reference for copies of this grade: its own price, else the overall figure. */
  public Optional<Money> forCondition(@Nullable MediaCondition condition) {
    Money perGrade = condition == null ? null : byCondition.get(condition);
    return Optional.ofNullable(perGrade != null ? perGrade : overall);
  }

  public boolean isEmpty() {
    return byCondition.isEmpty() && overall == null;
  }

  /** This reference with {@code fallback} as overall figure where it has none. */
  public ReferencePrices orOverall(@Nullable Money fallback) {
    return overall != null || fallback == null ? this : new ReferencePrices(byCondition, fallback);
  }
}
