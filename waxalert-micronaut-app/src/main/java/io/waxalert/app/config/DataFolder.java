package io.waxalert.app.config;

import io.waxalert.app.settings.ServiceProperties;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * {@code waxalert.data-dir} (default {@code ./data}): the H2 file and the secrets the service
 * generates on first start. A secret file holds base64 of random bytes from {@link SecureRandom}; it
 * is written once (atomically, owner-only where the file system allows) and read on every later
 * start, so sessions and stored credentials survive restarts.
 */
@Singleton
public final class DataFolder {

  private final Path dir;
  private final SecureRandom random = new SecureRandom();

  public DataFolder(ServiceProperties service) {
    this.dir = Path.of(service.dataDir()).toAbsolutePath().normalize();
  }

  public Path path() {
    return dir;
  }

  /** The secret kept in {@code fileName}, generated with {@code bytes} random bytes when missing. */
  public synchronized byte[] secret(String fileName, int bytes) {
    Path file = dir.resolve(fileName);
    try {
      if (!Files.exists(file)) {
        Files.createDirectories(dir);
        byte[] fresh = new byte[bytes];
        random.nextBytes(fresh);
        Path tmp = Files.createTempFile(dir, fileName, ".tmp");
        restrict(tmp);
        Files.writeString(tmp, Base64.getEncoder().encodeToString(fresh));
        try {
          Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
          Files.deleteIfExists(tmp);
        }
      }
      byte[] stored = Base64.getDecoder().decode(Files.readString(file).trim());
      if (stored.length < bytes) {
        throw new IllegalStateException(file + " holds " + stored.length * 8
            + " bits, at least " + bytes * 8 + " are needed; delete it to generate a new one");
      }
      return stored;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or create " + file, e);
    }
  }

  private static void restrict(Path file) {
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException | IOException e) {
      // not a POSIX file system: the folder's own permissions protect it
    }
  }
}
