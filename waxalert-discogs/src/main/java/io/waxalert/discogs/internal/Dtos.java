package io.waxalert.discogs.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** Shared rules of the DTO records and of reading their fields. */
final class Dtos {

  /** Discogs' timestamps are US Pacific; the 2014 shape left the offset out. */
  private static final ZoneId DISCOGS_ZONE = ZoneId.of("America/Los_Angeles");

  private Dtos() {}

  /**
   * True for an amount a price can be: at most 13 digits before the point and 100 after. Beyond,
   * it is a broken answer, and rounding such a number (1e400000) for display would take forever.
   */
  static boolean plausibleAmount(BigDecimal amount) {
    return amount.precision() - amount.scale() <= 13 && amount.scale() <= 100;
  }

  /**
   * A page's entries as sent, unreadable ones as null so they can be counted; empty when Discogs
   * left the key out.
   */
  static <T> List<T> entries(List<T> items) {
    return items == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(items));
  }

  /** A list Discogs left out, sent as null, or with elements that could not be read: only the readable ones. */
  static <T> List<T> list(List<T> items) {
    return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
  }

  static Instant instant(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).atZone(DISCOGS_ZONE).toInstant();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  static List<String> artists(List<ArtistDto> artists) {
    List<String> names = new ArrayList<>();
    for (ArtistDto a : artists) {
      String name = blankToNull(a.name());
      if (name != null) {
        names.add(name.replaceAll("\\s\\(\\d+\\)$", "")); // Discogs numbers namesakes: "Nirvana (2)"
      }
    }
    return names;
  }

  static List<String> formats(List<FormatDto> formats) {
    List<String> lines = new ArrayList<>();
    for (FormatDto f : formats) {
      String name = text(f.name(), "");
      String qty = blankToNull(f.qty());
      StringBuilder line = new StringBuilder();
      if (qty != null && !qty.equals("1")) {
        line.append(qty).append('×');
      }
      line.append(name);
      if (!f.descriptions().isEmpty()) {
        line.append(" (").append(String.join(", ", f.descriptions())).append(')');
      }
      if (!line.toString().isBlank()) {
        lines.add(line.toString());
      }
    }
    return lines;
  }

  static Integer year(Integer year) {
    return year == null || year <= 0 ? null : year;
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  static <T> T present(T dto, String what) {
    if (dto == null) {
      throw new IllegalArgumentException("the answer holds no " + what);
    }
    return dto;
  }

  static long id(long id, String what) {
    if (id <= 0) {
      throw new IllegalArgumentException("a " + what + " without id");
    }
    return id;
  }

  static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("the answer holds no " + what);
    }
    return value;
  }

  static Long positiveOrNull(Long id) {
    return id == null || id <= 0 ? null : id;
  }

  static String text(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }
}
