package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How values look in the API's JSON: money as two-decimal strings, instants in ISO-8601 UTC. */
final class Json {

  private static final long LAST_SECOND_OF_9999 = 253_402_300_799L;
  /** The first divisor of a number of 1 to 4 digits (not Math.pow: a list writes 25 numbers per entry). */
  private static final int[] WIDTHS = {0, 1, 10, 100, 1000};

  private Json() {}

  static @Nullable String money(@Nullable Money money) {
    return money == null ? null : money.amountText();
  }

  static @Nullable String amount(@Nullable BigDecimal amount) {
    return amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** {@code 98.50} as 98.5 and {@code 100.0} as 100, never in exponent notation ({@code 1E+2}). */
  static BigDecimal plainNumber(BigDecimal number) {
    BigDecimal stripped = number.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  /**
   * To the millisecond, exactly as {@code Instant.toString()} writes it ({@code 2026-11-20T10:00:00Z},
   * {@code 2026-11-20T10:00:00.120Z}), without its general formatter for the years 1970 to 9999: a
   * list writes five per entry, and the formatter was a tenth of the list route's time.
   */
  static @Nullable String instant(@Nullable Instant instant) {
    if (instant == null) {
      return null;
    }
    Instant at = instant.truncatedTo(ChronoUnit.MILLIS);
    long seconds = at.getEpochSecond();
    if (seconds < 0 || seconds > LAST_SECOND_OF_9999) {
      return at.toString();
    }
    LocalDate day = LocalDate.ofEpochDay(seconds / 86_400);
    int second = (int) (seconds % 86_400);
    StringBuilder text = new StringBuilder(24);
    digits(text, day.getYear(), 4).append('-');
    digits(text, day.getMonthValue(), 2).append('-');
    digits(text, day.getDayOfMonth(), 2).append('T');
    digits(text, second / 3600, 2).append(':');
    digits(text, second / 60 % 60, 2).append(':');
    digits(text, second % 60, 2);
    int millis = at.getNano() / 1_000_000;
    if (millis > 0) {
      digits(text.append('.'), millis, 3);
    }
    return text.append('Z').toString();
  }

  private static StringBuilder digits(StringBuilder text, int value, int width) {
    for (int divisor = WIDTHS[width]; divisor > 0; divisor /= 10) {
      text.append((char) ('0' + value / divisor % 10));
    }
    return text;
  }
}
