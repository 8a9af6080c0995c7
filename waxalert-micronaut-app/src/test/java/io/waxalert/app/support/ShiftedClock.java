package io.waxalert.app.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock moved forward by however much a test {@link #advance}s it: time passes as for
 * real (session tokens signed at system time stay valid), and a test can jump a day ahead.
 */
public final class ShiftedClock extends Clock {

  private volatile Duration shift = Duration.ZERO;

  public synchronized void advance(Duration by) {
    shift = shift.plus(by);
  }

  public synchronized void reset() {
    shift = Duration.ZERO;
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(shift);
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
