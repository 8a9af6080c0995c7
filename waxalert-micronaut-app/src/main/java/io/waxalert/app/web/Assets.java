package io.waxalert.app.web;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files under {@code classpath:public}, served at {@code /assets/**} by Micronaut's static
 * resources. Pages link them with a fingerprint of their content ({@code ?v=…}), so a browser may
 * keep a fingerprinted URL for a year and still gets a changed file at once.
 */
@Singleton
public class Assets {

  static final String PREFIX = "/assets/";
  private static final String FOLDER = "public/";

  private final Map<String, Optional<String>> fingerprints = new ConcurrentHashMap<>();

  /** The URL of {@code name} with its fingerprint; fails for a file the service does not have. */
  public String url(String name) {
    String version = fingerprint(name).orElseThrow(() ->
        new IllegalArgumentException("no asset " + FOLDER + name));
    return PREFIX + name + "?v=" + version;
  }

  /** The first 12 hex digits of the SHA-256 of the file's bytes; empty for an unknown file. */
  Optional<String> fingerprint(String name) {
    return fingerprints.computeIfAbsent(name, Assets::hash);
  }

  private static Optional<String> hash(String name) {
    if (name.contains("..") || name.startsWith("/")) {
      return Optional.empty();
    }
    try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
      if (in == null) {
        return Optional.empty();
      }
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(in.readAllBytes());
      return Optional.of(HexFormat.of().formatHex(digest, 0, 6));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JRE has SHA-256", e);
    }
  }
}
