package io.waxalert.app.alerts;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed one-click unsubscribe tokens for the mails' {@code List-Unsubscribe} links: what to pause
 * (an entry id, or a digest recipient's owner id), until when the link works, and an HMAC-SHA256 of
 * both under the links' own key ({@code waxalert.unsubscribe.key}, else generated into the data
 * folder). So a link pauses without a session, cannot be forged for another entry or stretched past
 * its expiry, and replacing the key revokes every link without ending any session. Expiry is judged
 * on the injected clock. Thread-safe.
 *
 * <p>Token: base64url({@code version, scope, expiry as epoch seconds (8 bytes), subject}) "."
 * base64url(first 16 bytes of the HMAC). Links of the first format (no version, no expiry, keyed by
 * the session secret) are refused.
 */
public final class UnsubscribeTokens {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 16;
  private static final byte VERSION = 2;
  private static final int HEADER = 1 + 1 + Long.BYTES;
  private static final int MAX_TOKEN = 512;

  private final SecretKeySpec key;
  private final Duration lifetime;
  private final Clock clock;

  /**
   * @param key at least 32 random bytes, used for nothing else
   * @param lifetime how long a link works after it is made
   */
  public UnsubscribeTokens(byte[] key, Duration lifetime, Clock clock) {
    if (key.length < 32) {
      throw new IllegalArgumentException("the unsubscribe key must have at least 256 bits");
    }
    this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
    this.lifetime = lifetime;
    this.clock = clock;
  }

  /** What a token pauses: one entry, or every entry of an owner id (digest mails). */
  public enum Scope { ENTRY, OWNER }

  /** A verified token: pause {@code subject} (an entry id or an owner id); works until {@code expiresAt}. */
  public record Target(Scope scope, String subject, Instant expiresAt) {
    public UUID id() {
      return UUID.fromString(subject);
    }
  }

  public String entryToken(UUID entryId) {
    byte[] subject = ByteBuffer.allocate(16).putLong(entryId.getMostSignificantBits())
        .putLong(entryId.getLeastSignificantBits()).array();
    return token(Scope.ENTRY, subject);
  }

  public String ownerToken(String ownerId) {
    return token(Scope.OWNER, ownerId.getBytes(StandardCharsets.UTF_8));
  }

  private String token(Scope scope, byte[] subject) {
    long expires = clock.instant().plus(lifetime).getEpochSecond();
    byte[] payload = ByteBuffer.allocate(HEADER + subject.length).put(VERSION).put((byte) scope.ordinal())
        .putLong(expires).put(subject).array();
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
  }

  /** What a genuine token that has not expired pauses. */
  public Optional<Target> verify(String token) {
    int dot = token == null || token.length() > MAX_TOKEN ? -1 : token.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      byte[] payload = DECODER.decode(token.substring(0, dot));
      byte[] given = DECODER.decode(token.substring(dot + 1));
      if (payload.length <= HEADER || payload[0] != VERSION || !MessageDigest.isEqual(mac(payload), given)
          || payload[1] < 0 || payload[1] >= Scope.values().length) {
        return Optional.empty();
      }
      ByteBuffer buffer = ByteBuffer.wrap(payload);
      buffer.position(2);
      Instant expiresAt = Instant.ofEpochSecond(buffer.getLong());
      if (!expiresAt.isAfter(clock.instant())) {
        return Optional.empty();
      }
      Scope scope = Scope.values()[payload[1]];
      if (scope == Scope.OWNER) {
        return Optional.of(new Target(scope, new String(payload, HEADER, payload.length - HEADER,
            StandardCharsets.UTF_8), expiresAt));
      }
      if (payload.length != HEADER + 16) {
        return Optional.empty();
      }
      return Optional.of(new Target(scope, new UUID(buffer.getLong(), buffer.getLong()).toString(), expiresAt));
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return Arrays.copyOf(mac.doFinal(payload), MAC_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
