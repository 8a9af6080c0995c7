package io.waxalert.discogs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;

/** A clock that only moves when the client sleeps on it (or a test advances it): waits cost no time. */
final class FakeTime extends Clock implements DiscogsClientConfig.Sleeper {

  final List<Duration> waits = new CopyOnWriteArrayList<>();
  private final AtomicReference<Instant> now;

  FakeTime(Instant start) {
    this.now = new AtomicReference<>(start);
  }

  @Override
  public void sleep(Duration duration) {
    if (!duration.isNegative() && !duration.isZero()) {
      waits.add(duration);
      advance(duration);
    }
  }

  void advance(Duration duration) {
    now.updateAndGet(t -> t.plus(duration));
  }

  Duration slept() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public Instant instant() {
    return now.get();
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }
}
