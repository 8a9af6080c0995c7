package io.waxalert.core.budget;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Concurrent needs of one key share one load, and its result serves every need for {@code maxAge}
 * after it completed: one Discogs request per release market within {@code market-max-age}, in
 * flight or done, whoever asked. Thread-safe.
 *
 * <ul>
 *   <li>The first caller for a key runs the loader on its own thread; callers arriving while it
 *       runs wait for it and get its result.
 *   <li>Failures are not kept: the loader's caller and every waiter get the same exception, and
 *       the next call loads again.
 *   <li>{@code maxAge} zero reuses nothing once done (loads in flight are still shared).
 *   <li>Memory: results older than {@code maxAge} are pruned every {@value #PRUNE_EVERY} loads, so
 *       it holds at most the keys loaded within {@code maxAge} plus that many.
 *   <li>A waiter interrupted while waiting gets {@link WaitInterruptedException}, its interrupt flag
 *       set; the load goes on for the others. A loader must not ask for its own key.
 * </ul>
 *
 * @param <K> key, e.g. release id and currency
 * @param <V> value, never null
 */
public final class SingleFlight<K, V> {

  static final int PRUNE_EVERY = 256;

  /** One load: in flight until its future completes. */
  private static final class Flight<V> {
    final CompletableFuture<V> result = new CompletableFuture<>();
    volatile Instant completedAt;

    boolean succeeded() {
      return result.isDone() && !result.isCompletedExceptionally();
    }

    boolean reusableAt(Instant now, Duration maxAge) {
      return succeeded() && completedAt.plus(maxAge).isAfter(now);
    }
  }

  private final Duration maxAge;
  private final Clock clock;
  private final ConcurrentHashMap<K, Flight<V>> flights = new ConcurrentHashMap<>();
  private final AtomicInteger loadsSincePrune = new AtomicInteger();

  /**
   * Creates an empty single flight.
   *
   * @param maxAge how long a completed load serves new needs; zero for never
   * @param clock the time source for ages
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code maxAge} is negative
   */
  public SingleFlight(Duration maxAge, Clock clock) {
    this.maxAge = Objects.requireNonNull(maxAge, "maxAge");
    this.clock = Objects.requireNonNull(clock, "clock");
    if (maxAge.isNegative()) {
      throw new IllegalArgumentException("maxAge must not be negative");
    }
  }

  /**
   * The value for {@code key}: from a load in flight, from one completed less than {@code maxAge}
   * ago, or from {@code loader} run now on this thread.
   *
   * @param key what to load
   * @param loader loads the value when no shared or recent one exists; must not return null
   * @return the value
   * @throws RuntimeException whatever the shared load threw
   * @throws WaitInterruptedException when interrupted while waiting for another caller's load
   */
  public V get(K key, Supplier<? extends V> loader) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(loader, "loader");
    while (true) {
      Flight<V> flight = flights.get(key);
      if (flight == null) {
        Flight<V> mine = new Flight<>();
        if (flights.putIfAbsent(key, mine) == null) {
          return load(key, mine, loader);
        }
      } else if (!flight.result.isDone()) {
        return await(flight);
      } else if (flight.reusableAt(clock.instant(), maxAge)) {
        return flight.result.join();
      } else {
        flights.remove(key, flight); // too old or failed: the next caller loads
      }
    }
  }

  /**
   * Forgets the key's result (a load in flight still completes for its waiters).
   *
   * @param key the key to forget
   */
  public void invalidate(K key) {
    flights.remove(key);
  }

  /**
   * Keys held: loads in flight and results not pruned yet.
   *
   * @return the number of keys held
   */
  public int size() {
    return flights.size();
  }

  private V load(K key, Flight<V> mine, Supplier<? extends V> loader) {
    V value;
    try {
      value = Objects.requireNonNull(loader.get(), "the loader returned null");
    } catch (RuntimeException | Error e) {
      flights.remove(key, mine);
      mine.result.completeExceptionally(e);
      throw e;
    }
    mine.completedAt = clock.instant();
    mine.result.complete(value);
    if (maxAge.isZero()) {
      flights.remove(key, mine);
    }
    if (loadsSincePrune.incrementAndGet() >= PRUNE_EVERY) {
      loadsSincePrune.set(0);
      Instant now = clock.instant();
      flights.values().removeIf(f -> f.result.isDone() && !f.reusableAt(now, maxAge));
    }
    return value;
  }

  private V await(Flight<V> flight) {
    try {
      return flight.result.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WaitInterruptedException(e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
