package io.waxalert.app.monitor;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MonitorJobShareTest {

  @ParameterizedTest
  @CsvSource({
      // active entries, tick, interval, entries per tick
      "10000, PT1M, PT1H, 167",   // 10,000 an hour: 166.7 a minute, rounded up so none is left over
      "60, PT1M, PT1H, 1",
      "59, PT1M, PT1H, 1",        // never fewer than one
      "0, PT1M, PT1H, 1",
      "500, PT2H, PT1H, 500",     // a tick longer than the interval takes everything due
      "3000, PT30S, PT1H, 25",
  })
  void eachTickTakesItsShareSoEveryEntryIsCheckedOncePerInterval(long active, Duration tick,
      Duration interval, int expected) {
    assertThat(MonitorJob.entriesPerTick(active, tick, interval)).isEqualTo(expected);
  }
}
