package io.waxalert.discogs.internal;

import feign.FeignException;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.DiscogsUnavailableException;
import io.waxalert.discogs.DiscogsUnreadableException;
import java.io.IOException;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.slf4j.Logger;

/**
 * Keeps the client's promise that only {@link DiscogsException}s leave it: Feign's own exceptions
 * (a decoder's exception arrives wrapped in one), a mapper's {@link IllegalArgumentException} or
 * {@link NullPointerException}, and a missing answer all become typed ones that say what was asked.
 */
public final class Answers {

  private Answers() {}

  /**
   * The value {@code call} reads for {@code what} ("release 249504"), never null.
   *
   * @throws DiscogsException for every failure
   */
  public static <T> T read(String what, Supplier<T> call) {
    T value;
    try {
      value = call.get();
    } catch (DiscogsException e) {
      throw e;
    } catch (FeignException e) {
      if (e.getCause() instanceof DiscogsException typed) {
        throw typed;
      }
      if (e.getCause() instanceof IOException io) {
        throw new DiscogsUnavailableException("no complete answer from Discogs for " + what + ": " + io, e);
      }
      throw new DiscogsUnreadableException(Math.max(e.status(), 0),
          "Discogs' answer for " + what + " could not be read (" + e.getClass().getSimpleName() + ")", e);
    } catch (RuntimeException e) {
      throw new DiscogsUnreadableException(200, "Discogs' answer for " + what + " could not be read: " + describe(e), e);
    }
    if (value == null) {
      throw new DiscogsUnreadableException(200, "Discogs' answer for " + what + " is empty (JSON null)");
    }
    return value;
  }

  /** Each item mapped; an item that cannot be mapped is skipped with a warning, not the whole stream. */
  public static <D, T> Stream<T> each(Stream<D> items, Function<D, T> map, String what, Logger log) {
    return items.flatMap(item -> {
      try {
        return Stream.of(map.apply(item));
      } catch (RuntimeException e) {
        log.warn("skipping an unreadable entry of {}: {}", what, describe(e));
        return Stream.empty();
      }
    });
  }

  static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
