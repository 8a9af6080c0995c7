package io.waxalert.app.api;

import io.micronaut.core.annotation.Nullable;
import io.waxalert.app.http.ApiException;
import java.util.Locale;

/**
 * The optional {@code limit}, {@code offset} and {@code order} query parameters of the list route,
 * checked. None given: the whole list oldest first, as the route answered before it had paging.
 *
 * @param offset how many entries to skip
 * @param limit the most entries to answer; null for all
 * @param newestFirst newest first ({@code order=newest}) instead of oldest first
 */
record Paging(int offset, @Nullable Integer limit, boolean newestFirst) {

  /** The largest page one request may ask for. */
  static final int MAX_LIMIT = 1_000;

  /** The whole list, oldest first. */
  static final Paging ALL = new Paging(0, null, false);

  static Paging of(@Nullable String limit, @Nullable String offset, @Nullable String order) {
    Integer pageSize = limit == null ? null : number("limit", limit, 1, MAX_LIMIT);
    int skip = offset == null ? 0 : number("offset", offset, 0, Integer.MAX_VALUE);
    return new Paging(skip, pageSize, newestFirst(order));
  }

  private static boolean newestFirst(@Nullable String order) {
    String chosen = order == null ? "oldest" : order.trim().toLowerCase(Locale.ROOT);
    return switch (chosen) {
      case "oldest" -> false;
      case "newest" -> true;
      default -> throw ApiException.badRequest("order", "must be oldest or newest (by the time added)");
    };
  }

  private static int number(String field, String text, int min, int max) {
    String range = max == Integer.MAX_VALUE ? "0 or more" : "from " + min + " to " + max;
    try {
      long value = Long.parseLong(text.trim());
      if (value >= min && value <= max) {
        return (int) value;
      }
    } catch (NumberFormatException e) {
      // answered below, naming the field
    }
    throw ApiException.badRequest(field, "must be a whole number " + range);
  }
}
