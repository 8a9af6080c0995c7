package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/** How values are written to columns, so that what is read back equals what was stored. */
public final class Columns {

  private static final String UNIQUE_VIOLATION = "23505";

  private Columns() {}

  /** PostgreSQL keeps microseconds; truncating before saving makes H2 and PostgreSQL agree. */
  public static Instant instant(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  public static @Nullable Instant nullableInstant(@Nullable Instant instant) {
    return instant == null ? null : instant(instant);
  }

  /**
   * Money columns are numeric(p,2): Discogs' unrounded conversions (7.679804607882764) are rounded
   * half-up to cents here, as {@code Money.amountText()} shows them, instead of by the database.
   */
  public static @Nullable BigDecimal cents(@Nullable BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
  }

  /** One value per line, in the list's order. */
  public static String lines(List<String> values) {
    return String.join("\n", values);
  }

  /** One value per line, sorted, so the column is stable whatever the set's iteration order. */
  public static String sortedLines(Collection<String> values) {
    return String.join("\n", values.stream().sorted().toList());
  }

  public static List<String> fromLines(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    return Arrays.stream(text.split("\n")).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** True when {@code failure} was caused by a UNIQUE or primary key violation (SQLSTATE 23505). */
  public static boolean isUniqueViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
