package io.waxalert.core.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class FairGateTest {

  private final FairGate gate = new FairGate();

  /** Lets the queued turns through one after another (one is granted at a time) and says whose they were. */
  private static List<String> drain(FairGate.Permit first, List<CompletableFuture<FairGate.Permit>> turns) {
    List<String> order = new ArrayList<>();
    List<CompletableFuture<FairGate.Permit>> open = new ArrayList<>(turns);
    first.close();
    while (!open.isEmpty()) {
      List<CompletableFuture<FairGate.Permit>> granted = open.stream().filter(CompletableFuture::isDone).toList();
      assertThat(granted).hasSize(1);
      open.remove(granted.get(0));
      FairGate.Permit permit = granted.get(0).join();
      order.add(permit.ownerId());
      permit.close();
    }
    return order;
  }

  private static List<CompletableFuture<FairGate.Permit>> queue(FairGate gate, String... owners) {
    List<CompletableFuture<FairGate.Permit>> turns = new ArrayList<>();
    for (String owner : owners) {
      turns.add(gate.acquireAsync(owner));
    }
    return turns;
  }

  @Test
  void anOwnerWithManyQueuedCallsAndOneWithOneAlternate() throws Exception {
    FairGate.Permit busy = gate.acquire("someone");
    List<CompletableFuture<FairGate.Permit>> turns = queue(gate, "heavy", "heavy", "heavy", "heavy", "light", "light");

    assertThat(gate.waiting()).isEqualTo(6);
    assertThat(drain(busy, turns)).containsExactly("heavy", "light", "heavy", "light", "heavy", "heavy");
  }

  @Test
  void aNewcomerWaitsAtMostOneTurnOfEachWaitingOwner() throws Exception {
    FairGate.Permit busy = gate.acquire("someone");
    List<CompletableFuture<FairGate.Permit>> turns = new ArrayList<>(queue(gate, "a", "a", "a", "b", "b", "b"));
    busy.close(); // a's first call passes; b is next in turn, then a again
    FairGate.Permit aFirst = turns.get(0).join();
    turns.addAll(queue(gate, "c"));

    assertThat(drain(aFirst, turns.subList(1, turns.size())))
        .containsExactly("b", "a", "c", "b", "a", "b");
  }

  @Test
  void oneOwnersCallsPassInArrivalOrder() throws Exception {
    FairGate.Permit busy = gate.acquire("a");
    List<CompletableFuture<FairGate.Permit>> turns = queue(gate, "a", "a", "a");

    busy.close();
    assertThat(turns).extracting(CompletableFuture::isDone).containsExactly(true, false, false);
    turns.get(0).join().close();
    assertThat(turns).extracting(CompletableFuture::isDone).containsExactly(true, true, false);
  }

  @Test
  void atMostThePermittedNumberOfCallsPassAtOnce() throws Exception {
    FairGate two = new FairGate(2);
    FairGate.Permit first = two.acquire("a");
    FairGate.Permit second = two.acquire("b");
    CompletableFuture<FairGate.Permit> third = two.acquireAsync("c");

    assertThat(third).isNotDone();
    assertThat(two.inUse()).isEqualTo(2);
    second.close();
    assertThat(third).isDone();
    first.close();
    third.join().close();
    assertThat(two.inUse()).isZero();
  }

  @Test
  void aCallThatThrowsStillPassesTheTurnOn() throws Exception {
    FairGate.Permit busy = gate.acquire("a");
    List<CompletableFuture<FairGate.Permit>> turns = queue(gate, "b", "c");
    busy.close();

    assertThatThrownBy(() -> {
      try (FairGate.Permit permit = turns.get(0).join()) {
        throw new IllegalStateException("Discogs said no to " + permit.ownerId());
      }
    }).hasMessage("Discogs said no to b");

    assertThat(turns.get(1)).isDone();
    turns.get(1).join().close();
    assertThat(gate.inUse()).isZero();
  }

  @Test
  void closingAPermitTwiceLetsOnlyOneWaiterThrough() throws Exception {
    FairGate.Permit busy = gate.acquire("a");
    List<CompletableFuture<FairGate.Permit>> turns = queue(gate, "b", "c");

    busy.close();
    busy.close();

    assertThat(turns).extracting(CompletableFuture::isDone).containsExactly(true, false);
    assertThat(gate.inUse()).isEqualTo(1);
  }

  @Test
  void anInterruptedWaiterLeavesTheQueueAndTheTurnGoesToTheNext() throws Exception {
    FairGate.Permit busy = gate.acquire("a");
    AtomicReference<Throwable> thrown = new AtomicReference<>();
    Thread waiter = new Thread(() -> {
      try {
        gate.acquire("b").close();
      } catch (InterruptedException e) {
        thrown.set(e);
      }
    });
    waiter.start();
    while (gate.waiting() == 0) {
      Thread.onSpinWait();
    }
    CompletableFuture<FairGate.Permit> after = gate.acquireAsync("c");

    waiter.interrupt();
    waiter.join(5_000);

    assertThat(thrown.get()).isInstanceOf(InterruptedException.class);
    assertThat(gate.waiting()).isEqualTo(1);
    busy.close();
    assertThat(after).isDone();
    assertThat(after.join().ownerId()).isEqualTo("c");
  }

  @Test
  void aWaitThatTimesOutAnswersEmptyAndLeavesTheQueue() throws Exception {
    FairGate.Permit busy = gate.acquire("a");

    Optional<FairGate.Permit> late = gate.tryAcquire("b", Duration.ofMillis(30));

    assertThat(late).isEmpty();
    assertThat(gate.waiting()).isZero();
    busy.close();
    assertThat(gate.tryAcquire("b", Duration.ofMillis(30))).isPresent();
  }

  @Test
  void aCancelledAsyncTurnIsSkipped() throws Exception {
    FairGate.Permit busy = gate.acquire("a");
    List<CompletableFuture<FairGate.Permit>> turns = queue(gate, "b", "c");

    turns.get(0).cancel(false);
    busy.close();

    assertThat(turns.get(1)).isDone();
    assertThat(gate.waiting()).isZero();
  }

  @Test
  void underRealContentionNoMoreThanThePermitsPassAndEveryCallGetsThrough() throws Exception {
    FairGate three = new FairGate(3);
    AtomicInteger inside = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    AtomicInteger wrongOwner = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<?>> calls = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      String owner = "owner-" + i % 5;
      calls.add(pool.submit(() -> {
        start.await();
        try (FairGate.Permit permit = three.acquire(owner)) {
          wrongOwner.addAndGet(permit.ownerId().equals(owner) ? 0 : 1);
          most.accumulateAndGet(inside.incrementAndGet(), Math::max);
          Thread.yield();
          inside.decrementAndGet();
        }
        return null;
      }));
    }
    start.countDown();
    for (Future<?> call : calls) {
      call.get(30, TimeUnit.SECONDS);
    }
    pool.shutdown();

    assertThat(most.get()).isBetween(1, 3);
    assertThat(wrongOwner).hasValue(0);
    assertThat(three.inUse()).isZero();
    assertThat(three.waiting()).isZero();
  }
}
