package io.waxalert.discogs.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * An answer's {@code Retry-After} (RFC 9110 §10.2.3): delta-seconds or an HTTP-date, never
 * negative and capped, so a wrong or hostile header cannot silence the client for days.
 */
public final class RetryAfter {

  private static final Duration LONGER_THAN_ANY_CAP = Duration.ofDays(365);

  private RetryAfter() {}

  /** The wait the header asks for, at most {@code cap}; empty when absent or unreadable. */
  public static Optional<Duration> of(Map<String, Collection<String>> headers, Clock clock, Duration cap) {
    for (Map.Entry<String, Collection<String>> e : headers.entrySet()) {
      if (e.getKey() != null && e.getKey().equalsIgnoreCase("Retry-After")) {
        for (String value : e.getValue()) {
          Optional<Duration> wait = parse(value.trim(), clock);
          if (wait.isPresent()) {
            return Optional.of(wait.get().compareTo(cap) > 0 ? cap : wait.get());
          }
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<Duration> parse(String value, Clock clock) {
    if (!value.isEmpty() && value.chars().allMatch(Character::isDigit)) {
      try {
        return Optional.of(Duration.ofSeconds(Long.parseLong(value)));
      } catch (NumberFormatException tooLong) {
        return Optional.of(LONGER_THAN_ANY_CAP);
      }
    }
    try {
      Duration until = Duration.between(clock.instant(), ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME));
      return Optional.of(until.isNegative() ? Duration.ZERO : until);
    } catch (DateTimeParseException malformed) {
      return Optional.empty(); // a malformed hint is no hint
    }
  }
}
