package io.waxalert.core.budget;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Decides, among the collectors waiting at that moment, whose synchronous Discogs call (search,
 * release lookup, import page) goes next: at most {@code permits} calls pass at once, and the
 * waiting collectors take turns round-robin, so one with 100 queued calls and one with 1 alternate.
 * A collector's own calls pass in arrival order. The gate orders; the Discogs client's rate limiter
 * still paces the actual requests, hence one permit by default.
 *
 * <p>Usage: {@code try (FairGate.Permit permit = gate.acquire(ownerId)) { client.search(…); }} —
 * the permit passes the turn on when closed, also when the call throws. Closing twice is harmless.
 *
 * <p>Interruption: a thread interrupted while waiting leaves the queue and gets
 * {@link InterruptedException} (no permit is kept; one granted in that instant is passed on).
 * Timeout: {@link #tryAcquire} answers empty when the wait is over, leaving the queue the same way.
 * {@link #acquireAsync} gives up when its future is cancelled.
 *
 * <p>The gate reads no clock: its order depends on arrivals and turns only, and waits with a timeout
 * are the JDK's. Thread-safe.
 */
public final class FairGate {

  /** A turn through the gate; closing it passes the turn on. */
  public interface Permit extends AutoCloseable {

    /**
     * The collector this turn belongs to.
     *
     * @return the owner id
     */
    String ownerId();

    /** Passes the turn on; does nothing the second time. */
    @Override
    void close();
  }

  private record Waiter(String owner, CompletableFuture<Permit> turn) {}

  private final int permits;
  private final ReentrantLock lock = new ReentrantLock();
  private final ArrayDeque<String> ring = new ArrayDeque<>();
  private final Map<String, ArrayDeque<Waiter>> waiting = new HashMap<>();
  private int inUse;
  private int waiters;

  /** A gate letting one call pass at a time. */
  public FairGate() {
    this(1);
  }

  /**
   * A gate letting {@code permits} calls (at least 1) pass at once.
   *
   * @param permits how many calls may pass at once
   * @throws IllegalArgumentException if {@code permits} is less than 1
   */
  public FairGate(int permits) {
    if (permits < 1) {
      throw new IllegalArgumentException("permits must be at least 1");
    }
    this.permits = permits;
  }

  /**
   * Waits for the collector's turn.
   *
   * @param ownerId the collector making the call
   * @return the permit; close it when the call is done
   * @throws InterruptedException when interrupted while waiting; no permit is then held
   */
  public Permit acquire(String ownerId) throws InterruptedException {
    CompletableFuture<Permit> turn = acquireAsync(ownerId);
    try {
      return turn.get();
    } catch (InterruptedException e) {
      abandon(turn);
      throw e;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a turn never fails", e);
    }
  }

  /**
   * Waits at most {@code timeout} for the collector's turn; empty when it did not come.
   *
   * @param ownerId the collector making the call
   * @param timeout the longest to wait; zero or negative does not wait
   * @return the permit, or empty when the wait ran out
   * @throws InterruptedException when interrupted while waiting; no permit is then held
   */
  public Optional<Permit> tryAcquire(String ownerId, Duration timeout) throws InterruptedException {
    Objects.requireNonNull(timeout, "timeout");
    CompletableFuture<Permit> turn = acquireAsync(ownerId);
    try {
      return Optional.of(turn.get(Math.max(0, timeout.toNanos()), TimeUnit.NANOSECONDS));
    } catch (TimeoutException e) {
      // granted in the same instant: the caller may as well use it
      return turn.cancel(false) ? Optional.empty() : Optional.of(turn.join());
    } catch (InterruptedException e) {
      abandon(turn);
      throw e;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a turn never fails", e);
    }
  }

  /**
   * The collector's turn, completed when it comes (at once when the gate is free); cancel the future
   * to stop waiting.
   *
   * @param ownerId the collector making the call
   * @return a future completing with the permit
   */
  public CompletableFuture<Permit> acquireAsync(String ownerId) {
    Objects.requireNonNull(ownerId, "ownerId");
    Waiter waiter;
    lock.lock();
    try {
      if (inUse < permits && waiters == 0) {
        inUse++;
        return CompletableFuture.completedFuture(new GatePermit(ownerId));
      }
      waiter = new Waiter(ownerId, new CompletableFuture<>());
      ArrayDeque<Waiter> queue = waiting.computeIfAbsent(ownerId, o -> new ArrayDeque<>());
      if (queue.isEmpty()) {
        ring.addLast(ownerId);
      }
      queue.addLast(waiter);
      waiters++;
    } finally {
      lock.unlock();
    }
    waiter.turn().whenComplete((permit, failure) -> {
      if (waiter.turn().isCancelled()) {
        leave(waiter);
      }
    });
    return waiter.turn();
  }

  /**
   * Calls passing right now.
   *
   * @return the number of permits held, at most the gate's {@code permits}
   */
  public int inUse() {
    lock.lock();
    try {
      return inUse;
    } finally {
      lock.unlock();
    }
  }

  /**
   * Calls waiting for their turn.
   *
   * @return the number of waiting calls, of all collectors
   */
  public int waiting() {
    lock.lock();
    try {
      return waiters;
    } finally {
      lock.unlock();
    }
  }

  private void leave(Waiter waiter) {
    lock.lock();
    try {
      ArrayDeque<Waiter> queue = waiting.get(waiter.owner());
      if (queue != null && queue.remove(waiter)) {
        waiters--;
        if (queue.isEmpty()) {
          waiting.remove(waiter.owner());
          ring.remove(waiter.owner());
        }
      }
    } finally {
      lock.unlock();
    }
  }

  private void passOn() {
    while (true) {
      Waiter next;
      lock.lock();
      try {
        inUse--;
        next = nextInTurn();
        if (next == null) {
          return;
        }
        inUse++;
      } finally {
        lock.unlock();
      }
      if (next.turn().complete(new GatePermit(next.owner()))) {
        return;
      }
      // that waiter gave up in the meantime: the turn goes on to the next
    }
  }

  /** The first waiter of the collector whose turn it is; that collector goes to the back. */
  private Waiter nextInTurn() {
    String owner = ring.pollFirst();
    if (owner == null) {
      return null;
    }
    ArrayDeque<Waiter> queue = waiting.get(owner);
    Waiter next = queue.pollFirst();
    waiters--;
    if (queue.isEmpty()) {
      waiting.remove(owner);
    } else {
      ring.addLast(owner);
    }
    return next;
  }

  private static void abandon(CompletableFuture<Permit> turn) {
    if (!turn.cancel(false)) {
      turn.join().close();
    }
  }

  private final class GatePermit implements Permit {
    private final String ownerId;
    private final AtomicBoolean closed = new AtomicBoolean();

    GatePermit(String ownerId) {
      this.ownerId = ownerId;
    }

    @Override
    public String ownerId() {
      return ownerId;
    }

    @Override
    public void close() {
      if (closed.compareAndSet(false, true)) {
        passOn();
      }
    }
  }
}
