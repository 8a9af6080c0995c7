package io.waxalert.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.waxalert.core.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SingleFlightTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));
  private final SingleFlight<Long, String> flights = new SingleFlight<>(Duration.ofMinutes(5), clock);
  private final AtomicInteger loads = new AtomicInteger();
  private final ExecutorService pool = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private Supplier<String> counting(String value) {
    return () -> value + "#" + loads.incrementAndGet();
  }

  /** A load that blocks until released, so callers pile up behind it. */
  private final class BlockingLoad implements Supplier<String> {
    final CountDownLatch entered = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);
    final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    @Override
    public String get() {
      loads.incrementAndGet();
      entered.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      if (failure.get() != null) {
        throw failure.get();
      }
      return "stats";
    }
  }

  private List<Future<String>> callersBehind(BlockingLoad load, int callers) throws InterruptedException {
    List<Future<String>> calls = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < callers; i++) {
      calls.add(pool.submit(() -> {
        synchronized (threads) {
          threads.add(Thread.currentThread());
        }
        return flights.get(1L, load);
      }));
    }
    assertThat(load.entered.await(5, TimeUnit.SECONDS)).isTrue();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < deadline) { // until the loader and every other caller wait
      synchronized (threads) {
        if (threads.size() == callers
            && threads.stream().allMatch(t -> t.getState() == Thread.State.WAITING)) {
          break;
        }
      }
      Thread.sleep(1);
    }
    return calls;
  }

  @Test
  void concurrentCallersForOneKeyShareOneLoad() throws Exception {
    BlockingLoad load = new BlockingLoad();
    List<Future<String>> calls = callersBehind(load, 8);

    load.release.countDown();

    for (Future<String> call : calls) {
      assertThat(call.get(5, TimeUnit.SECONDS)).isEqualTo("stats");
    }
    assertThat(loads).hasValue(1);
  }

  @Test
  void aFailedLoadReachesEveryWaiterAndIsNotKept() throws Exception {
    BlockingLoad load = new BlockingLoad();
    load.failure.set(new IllegalStateException("429 from Discogs"));
    List<Future<String>> calls = callersBehind(load, 5);

    load.release.countDown();

    for (Future<String> call : calls) {
      assertThatThrownBy(() -> call.get(5, TimeUnit.SECONDS)).hasRootCauseMessage("429 from Discogs");
    }
    assertThat(loads).hasValue(1);
    assertThat(flights.get(1L, counting("fresh"))).isEqualTo("fresh#2");
  }

  @Test
  void aResultServesEveryCallerForMaxAgeAndIsLoadedAgainAfter() {
    assertThat(flights.get(1L, counting("first"))).isEqualTo("first#1");
    clock.advance(Duration.ofMinutes(4).plusSeconds(59));
    assertThat(flights.get(1L, counting("second"))).isEqualTo("first#1");
    assertThat(flights.get(2L, counting("other"))).isEqualTo("other#2");

    clock.advance(Duration.ofSeconds(1));

    assertThat(flights.get(1L, counting("third"))).isEqualTo("third#3");
  }

  @Test
  void maxAgeZeroReusesNothingOnceDone() {
    SingleFlight<Long, String> always = new SingleFlight<>(Duration.ZERO, clock);

    always.get(1L, counting("a"));
    always.get(1L, counting("b"));

    assertThat(loads).hasValue(2);
    assertThat(always.size()).isZero();
  }

  @Test
  void aLoaderReturningNullFailsAndIsNotKept() {
    assertThatThrownBy(() -> flights.get(1L, () -> null)).isInstanceOf(NullPointerException.class)
        .hasMessage("the loader returned null");
    assertThat(flights.get(1L, counting("x"))).isEqualTo("x#1");
  }

  @Test
  void resultsOlderThanMaxAgeArePruned() {
    for (long key = 0; key < 1000; key++) {
      flights.get(key, counting("v"));
    }
    clock.advance(Duration.ofMinutes(6));
    for (long key = 1000; key < 1000 + SingleFlight.PRUNE_EVERY; key++) {
      flights.get(key, counting("v"));
    }

    assertThat(flights.size()).isLessThanOrEqualTo(SingleFlight.PRUNE_EVERY);
  }

  @Test
  void anInterruptedWaiterGivesUpWhileTheLoadGoesOnForTheOthers() throws Exception {
    BlockingLoad load = new BlockingLoad();
    Future<String> leader = pool.submit(() -> flights.get(1L, load));
    assertThat(load.entered.await(5, TimeUnit.SECONDS)).isTrue();
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    AtomicReference<Boolean> flagSet = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        flights.get(1L, counting("never"));
      } catch (WaitInterruptedException e) {
        thrown.set(e);
        flagSet.set(Thread.currentThread().isInterrupted());
      }
    });
    waiter.start();
    while (waiter.getState() != Thread.State.WAITING) {
      Thread.sleep(1);
    }

    waiter.interrupt();
    waiter.join(5_000);
    load.release.countDown();

    assertThat(thrown.get()).isInstanceOf(WaitInterruptedException.class);
    assertThat(flagSet.get()).isTrue();
    assertThat(leader.get(5, TimeUnit.SECONDS)).isEqualTo("stats");
    assertThat(flights.get(1L, counting("cached?"))).isEqualTo("stats");
    assertThat(loads).hasValue(1);
  }
}
