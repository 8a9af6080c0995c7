package io.waxalert.app.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void instantsAreWrittenToTheMillisecondExactlyAsInstantWritesThem() {
    Random random = new Random(15);
    for (int i = 0; i < 100_000; i++) {
      Instant at = Instant.ofEpochSecond(random.nextLong(-100_000_000_000L, 300_000_000_000L),
          i % 3 == 0 ? 0 : random.nextInt(1_000_000_000));
      assertThat(Json.instant(at)).as(at.toString()).isEqualTo(at.truncatedTo(ChronoUnit.MILLIS).toString());
    }
    assertThat(Json.instant(Instant.parse("2026-11-20T10:00:00.120999Z"))).isEqualTo("2026-11-20T10:00:00.120Z");
    assertThat(Json.instant(Instant.parse("2026-11-20T10:00:00.000999Z"))).isEqualTo("2026-11-20T10:00:00Z");
    assertThat(Json.instant(Instant.EPOCH)).isEqualTo("1970-01-01T00:00:00Z");
    assertThat(Json.instant(Instant.parse("9999-12-31T23:59:59.999Z"))).isEqualTo("9999-12-31T23:59:59.999Z");
    assertThat(Json.instant(null)).isNull();
  }
}
