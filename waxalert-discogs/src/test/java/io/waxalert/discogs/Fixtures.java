package io.waxalert.discogs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Test fixtures: the module's own under {@code fixtures/discogs/}, and the shared real ones when present. */
public final class Fixtures {

  private Fixtures() {}

  /** A fixture this module ships, in Discogs' shapes with made-up values. */
  public static String own(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/discogs/" + name)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A real recorded file from {@code shared/discogs-fixtures/}, found by walking up from the working
   * directory; the calling test is skipped when it is absent.
   */
  public static String shared(String name) {
    Path file = sharedDir() == null ? null : sharedDir().resolve(name);
    assumeTrue(file != null && Files.isRegularFile(file),
        "shared/discogs-fixtures/" + name + " absent, skipping");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path sharedDir() {
    Path dir = Paths.get(System.getProperty("user.dir")).toAbsolutePath();
    for (int i = 0; i < 5 && dir != null; i++, dir = dir.getParent()) {
      Path candidate = dir.resolve("shared").resolve("discogs-fixtures");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    return null;
  }
}
