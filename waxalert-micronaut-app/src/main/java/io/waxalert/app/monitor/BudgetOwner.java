package io.waxalert.app.monitor;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * Whose share of the Discogs budget the requests of the current thread spend: the caller of a route,
 * the collector a background fetch was planned for. Requests made outside any owner (exchange rates,
 * sign-in) spend the service's own share, {@link #SERVICE}.
 */
public final class BudgetOwner {

  /** The share of work no collector asked for. */
  public static final String SERVICE = "~service";

  private static final ThreadLocal<String> OWNER = new ThreadLocal<>();

  private BudgetOwner() {}

  /** The owner the current thread spends for; {@link #SERVICE} when none is set. */
  public static String current() {
    String owner = OWNER.get();
    return owner == null ? SERVICE : owner;
  }

  /** Runs {@code work} spending {@code ownerId}'s share, then restores the previous owner. */
  public static <T> T as(String ownerId, Supplier<T> work) {
    Objects.requireNonNull(ownerId, "ownerId");
    String previous = OWNER.get();
    OWNER.set(ownerId);
    try {
      return work.get();
    } finally {
      if (previous == null) {
        OWNER.remove();
      } else {
        OWNER.set(previous);
      }
    }
  }

  /** Like {@link #as}, without a result. */
  public static void run(String ownerId, Runnable work) {
    as(ownerId, () -> {
      work.run();
      return null;
    });
  }
}
