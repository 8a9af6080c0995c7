package io.waxalert.core.delivery;

import java.time.Duration;

/** Durations in words for messages collectors read: {@code 3 days}, {@code 6 hours}. */
final class Durations {

  private Durations() {}

  static String words(Duration duration) {
    long seconds = duration.getSeconds();
    if (seconds >= 86_400 && seconds % 86_400 == 0) {
      return plural(seconds / 86_400, "day");
    }
    if (seconds >= 3_600 && seconds % 3_600 == 0) {
      return plural(seconds / 3_600, "hour");
    }
    if (seconds >= 60 && seconds % 60 == 0) {
      return plural(seconds / 60, "minute");
    }
    return seconds > 0 ? plural(seconds, "second") : duration.toMillis() + " ms";
  }

  private static String plural(long count, String unit) {
    return count + " " + unit + (count == 1 ? "" : "s");
  }
}
