package io.waxalert.discogs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A sleeper that only records what it was asked to wait. */
final class RecordingSleeper implements DiscogsClientConfig.Sleeper {

  final List<Duration> waits = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    waits.add(duration);
  }

  Duration total() {
    return waits.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
