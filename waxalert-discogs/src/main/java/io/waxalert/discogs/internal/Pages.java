package io.waxalert.discogs.internal;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Walks a paginated endpoint lazily: page n+1 is fetched only when page n is used up. Every page
 * costs a request, so the walk also stops at an empty page and when Discogs answers another page
 * than the one asked for (it ignored the parameter), whatever {@code pages} claims.
 */
public final class Pages {

  private Pages() {}

  /** @param fetch one page by number from 1, its items without nulls; it throws rather than return null */
  public static <T> Stream<T> stream(IntFunction<? extends PageDto<T>> fetch) {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(fetch), Spliterator.ORDERED | Spliterator.NONNULL), false);
  }

  public static <T> Iterator<T> iterator(IntFunction<? extends PageDto<T>> fetch) {
    return new Iterator<>() {
      private Iterator<T> current = Collections.emptyIterator();
      private int nextPage = 1;
      private int pages = Integer.MAX_VALUE;

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (nextPage > pages) {
            return false;
          }
          int asked = nextPage++;
          PageDto<T> page = fetch.apply(asked);
          PaginationDto pagination = page.pagination();
          boolean otherPage = pagination != null && pagination.page() > 0 && pagination.page() != asked;
          pages = pagination == null || page.entryCount() == 0 || otherPage ? 0 : pagination.pages();
          current = otherPage ? Collections.emptyIterator() : page.items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
