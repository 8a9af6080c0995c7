package io.waxalert.discogs.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Waits and times in a collector's words, for the messages of the client's exceptions. */
public final class Wording {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'UTC'").withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter DAY_AND_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private Wording() {}

  /** "a moment", "40 seconds", "1 minute", "2½ minutes": rounded up to whole seconds, then half minutes. */
  public static String wait(Duration wait) {
    long seconds = (wait.toMillis() + 999) / 1000;
    if (seconds < 1) {
      return "a moment";
    }
    if (seconds < 60) {
      return seconds + (seconds == 1 ? " second" : " seconds");
    }
    long halves = (seconds + 29) / 30;
    String whole = halves / 2 == 0 ? "" : String.valueOf(halves / 2);
    String number = whole + (halves % 2 == 1 ? "½" : "");
    return number + (halves == 2 ? " minute" : " minutes");
  }

  /** "17:05 UTC" within a day of {@code now}, else with the date. */
  public static String time(Instant at, Instant now) {
    return at.isBefore(now.plus(Duration.ofHours(20))) ? TIME.format(at) : DAY_AND_TIME.format(at);
  }
}
