package io.waxalert.app.alerts;

import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed one-click unsubscribe tokens for the mails' {@code List-Unsubscribe} links: what to pause
 * (an entry id, or a digest recipient's owner id) and an HMAC-SHA256 of it under a key derived from
 * the JWT signing secret, so the link pauses without a session and can not be forged for another.
 */
@Singleton
public class UnsubscribeTokens {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 16;

  private final byte[] key;

  UnsubscribeTokens(SecretSignatureConfiguration jwt) {
    String secret = jwt.getSecret();
    byte[] raw = jwt.isBase64() ? Base64.getDecoder().decode(secret) : secret.getBytes(StandardCharsets.UTF_8);
    this.key = hmac(raw, "waxalert-unsubscribe".getBytes(StandardCharsets.UTF_8));
  }

  /**
   * What a token pauses: one entry, every entry of a user by user id (digest mails sent before
   * issue 9), or every entry of an owner id (digest mails).
   */
  public enum Scope { ENTRY, USER, OWNER }

  /** A verified token: pause {@code subject}, an entry id, a user id or an owner id. */
  public record Target(Scope scope, String subject) {
    public UUID id() {
      return UUID.fromString(subject);
    }
  }

  public String entryToken(UUID entryId) {
    return token(Scope.ENTRY, bytes(entryId));
  }

  public String userToken(UUID userId) {
    return token(Scope.USER, bytes(userId));
  }

  public String ownerToken(String ownerId) {
    return token(Scope.OWNER, ownerId.getBytes(StandardCharsets.UTF_8));
  }

  private String token(Scope scope, byte[] subject) {
    byte[] payload = ByteBuffer.allocate(1 + subject.length).put((byte) scope.ordinal()).put(subject).array();
    return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
  }

  /** What a genuine token pauses. */
  public Optional<Target> verify(String token) {
    int dot = token == null ? -1 : token.indexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    try {
      byte[] payload = DECODER.decode(token.substring(0, dot));
      byte[] given = DECODER.decode(token.substring(dot + 1));
      if (payload.length < 2 || payload[0] < 0 || payload[0] >= Scope.values().length
          || !MessageDigest.isEqual(mac(payload), given)) {
        return Optional.empty();
      }
      Scope scope = Scope.values()[payload[0]];
      if (scope == Scope.OWNER) {
        return Optional.of(new Target(scope, new String(payload, 1, payload.length - 1, StandardCharsets.UTF_8)));
      }
      if (payload.length != 17) {
        return Optional.empty();
      }
      ByteBuffer buffer = ByteBuffer.wrap(payload, 1, 16);
      return Optional.of(new Target(scope, new UUID(buffer.getLong(), buffer.getLong()).toString()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private byte[] mac(byte[] id) {
    return Arrays.copyOf(hmac(key, id), MAC_BYTES);
  }

  private static byte[] bytes(UUID id) {
    return ByteBuffer.allocate(16).putLong(id.getMostSignificantBits()).putLong(id.getLeastSignificantBits()).array();
  }

  private static byte[] hmac(byte[] key, byte[] data) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}
