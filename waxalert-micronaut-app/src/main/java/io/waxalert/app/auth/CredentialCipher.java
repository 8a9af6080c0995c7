package io.waxalert.app.auth;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts secrets the service keeps or hands out (stored Discogs credentials, see
 * {@link StoredCredentials}; a pending OAuth sign-in's cookie) with AES-256-GCM: a fresh 96-bit IV per encryption, stored in front of
 * the ciphertext and its 128-bit tag, which also makes any tampering fail to decrypt. Thread-safe.
 */
public final class CredentialCipher {

  private static final int IV_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final String HMAC = "HmacSHA256";

  private final SecretKey key;
  private final SecretKeySpec fingerprintKey;
  private final SecureRandom random = new SecureRandom();

  public CredentialCipher(byte[] key) {
    if (key.length != 32) {
      throw new IllegalArgumentException("the credentials key must be 256 bits (32 bytes)");
    }
    this.key = new SecretKeySpec(key, "AES");
    // a key of its own for fingerprints, derived so that no AES key is ever used as an HMAC key
    this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(key, HMAC),
        "waxalert credential fingerprints".getBytes(StandardCharsets.UTF_8)), HMAC);
  }

  /**
   * A keyed fingerprint of {@code secret} (HMAC-SHA256, 64 hex digits): the same secret always gives
   * the same fingerprint, and without the credentials key nobody can compute or test one.
   */
  public String fingerprint(String secret) {
    return HexFormat.of().formatHex(hmac(fingerprintKey, secret.getBytes(StandardCharsets.UTF_8)));
  }

  private static byte[] hmac(SecretKeySpec key, byte[] data) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot compute a fingerprint", e);
    }
  }

  /** {@code plain} encrypted and authenticated. */
  public byte[] seal(byte[] plain) {
    byte[] iv = new byte[IV_BYTES];
    random.nextBytes(iv);
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, iv));
      byte[] sealed = cipher.doFinal(plain);
      return ByteBuffer.allocate(IV_BYTES + sealed.length).put(iv).put(sealed).array();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot encrypt", e);
    }
  }

  /** @throws IllegalStateException when {@code sealed} was not sealed with this key, or was changed */
  public byte[] open(byte[] sealed) {
    if (sealed.length < IV_BYTES + TAG_BITS / 8) {
      throw new IllegalStateException("not sealed by this service");
    }
    try {
      Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, IV_BYTES));
      return cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("not sealed by this service");
    }
  }
}
