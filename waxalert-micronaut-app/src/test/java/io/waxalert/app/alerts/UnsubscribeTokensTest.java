package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.waxalert.core.testing.MutableClock;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

  private static final Duration LIFETIME = Duration.ofDays(90);
  private final MutableClock clock = new MutableClock(Instant.parse("2026-11-20T10:00:00Z"));

  private UnsubscribeTokens tokens(String key) {
    return new UnsubscribeTokens(key.getBytes(StandardCharsets.UTF_8), LIFETIME, clock);
  }

  private final UnsubscribeTokens tokens = tokens("a-key-of-at-least-thirty-two-bytes-long!");

  @Test
  void eachScopeNamesWhatItPausesAndUntilWhen() {
    UUID entry = UUID.randomUUID();

    assertThat(tokens.verify(tokens.entryToken(entry))).hasValueSatisfying(t -> {
      assertThat(t.scope()).isEqualTo(UnsubscribeTokens.Scope.ENTRY);
      assertThat(t.id()).isEqualTo(entry);
      assertThat(t.expiresAt()).isEqualTo(clock.instant().plus(LIFETIME));
    });
    assertThat(tokens.verify(tokens.ownerToken("Crate_Digger-77"))).hasValueSatisfying(t -> {
      assertThat(t.scope()).isEqualTo(UnsubscribeTokens.Scope.OWNER);
      assertThat(t.subject()).isEqualTo("Crate_Digger-77");
    });
  }

  @Test
  void aLinkWorksForItsLifetimeAndNotASecondLonger() {
    String link = tokens.entryToken(UUID.randomUUID());

    clock.advance(LIFETIME.minusSeconds(1));
    assertThat(tokens.verify(link)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(tokens.verify(link)).isEmpty();
  }

  @Test
  void aTokenCannotBeForgedForAnotherOwnerStretchedOrKeptAcrossANewKey() {
    String genuine = tokens.ownerToken("alice");
    String payloadOfBob = tokens.ownerToken("bob").split("\\.")[0];
    byte[] payload = Base64.getUrlDecoder().decode(genuine.split("\\.")[0]);
    ByteBuffer.wrap(payload).putLong(2, Instant.parse("2999-01-01T00:00:00Z").getEpochSecond());
    String stretched = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "." + genuine.split("\\.")[1];

    assertThat(tokens.verify(payloadOfBob + "." + genuine.split("\\.")[1])).isEmpty();
    assertThat(tokens.verify(stretched)).isEmpty();
    assertThat(tokens("another-key-of-at-least-thirty-two-bytes").verify(genuine)).as("key rotated").isEmpty();
    assertThat(tokens.verify("garbage")).isEmpty();
    assertThat(tokens.verify(genuine.substring(0, genuine.length() - 2))).isEmpty();
    assertThat(tokens.verify("a".repeat(10_000) + "." + "b")).isEmpty();
  }

  @Test
  void linksOfTheFirstFormatWithoutExpiryAreRefusedEvenUnderTheirOldKey() throws Exception {
    // the first format: scope byte + subject, HMAC under a key derived from the session secret
    byte[] key = "a-key-of-at-least-thirty-two-bytes-long!".getBytes(StandardCharsets.UTF_8);
    byte[] payload = ByteBuffer.allocate(6).put((byte) 2).put("alice".getBytes(StandardCharsets.UTF_8)).array();
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    String old = Base64.getUrlEncoder().withoutPadding().encodeToString(payload) + "."
        + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(mac.doFinal(payload), 16));

    assertThat(tokens.verify(old)).isEmpty();
  }
}
