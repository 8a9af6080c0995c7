package io.waxalert.discogs.internal;

import feign.FeignException;
import io.waxalert.discogs.DiscogsException;
import io.waxalert.discogs.DiscogsUnavailableException;
import io.waxalert.discogs.DiscogsUnreadableException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
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

  /**
   * A page with its entries kept by {@code keep} and mapped; an entry that cannot be read is skipped
   * with a warning, but a page none of whose entries can be read fails, since it would look empty.
   *
   * @throws IllegalArgumentException when there is no page or no entry of it can be read
   */
  public static <D, T> PageDto<T> mapPage(PageDto<D> page, Predicate<D> keep, Function<D, T> map, String what,
      Logger log) {
    if (page == null) {
      throw new IllegalArgumentException("the answer holds no page");
    }
    List<T> mapped = new ArrayList<>();
    int unreadable = 0;
    String firstProblem = null;
    for (D entry : page.items()) {
      try {
        if (entry == null) {
          throw new IllegalArgumentException("an entry of the wrong shape");
        }
        if (keep.test(entry)) {
          mapped.add(map.apply(entry));
        }
      } catch (RuntimeException e) {
        unreadable++;
        firstProblem = firstProblem == null ? describe(e) : firstProblem;
      }
    }
    if (unreadable > 0 && unreadable == page.entryCount()) {
      throw new IllegalArgumentException("none of its " + unreadable + " entries can be read: " + firstProblem);
    }
    if (unreadable > 0) {
      log.warn("skipped {} unreadable entries of {}: {}", unreadable, what, firstProblem);
    }
    return new MappedPage<>(page.pagination(), mapped, page.entryCount());
  }

  /** A page of mapped entries; {@code entryCount} counts what Discogs sent. */
  private record MappedPage<T>(PaginationDto pagination, List<T> items, int entryCount) implements PageDto<T> {}

  static String describe(RuntimeException e) {
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
