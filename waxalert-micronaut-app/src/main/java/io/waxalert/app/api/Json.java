package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.core.model.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** How values look in the API's JSON: money as two-decimal strings, instants in ISO-8601 UTC. */
final class Json {

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

  static @Nullable String instant(@Nullable Instant instant) {
    return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS).toString();
  }
}
