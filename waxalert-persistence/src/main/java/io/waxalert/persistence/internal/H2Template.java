package io.waxalert.persistence.internal;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.jdbc.BasicJdbcConfiguration;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A new H2 file database starts as a copy of an empty database the build migrated with Flyway
 * ({@code db/h2-template.mv.db}, written by {@link #main}), instead of running every migration on
 * the first start: they took a quarter of it (issue 15). The copy is the migrations' own output,
 * history included, so Flyway finds it current, and it holds no rows but the history's. It is used
 * only when the file does not exist yet and the URL's settings that shape the stored schema and the
 * account are exactly the template's; any other database is created and migrated as before.
 */
@Singleton
final class H2Template implements BeanCreatedEventListener<BasicJdbcConfiguration> {

  /** The settings the template is built with, those of the service's default H2 URL that shape what is stored. */
  static final String OPTIONS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  static final String RESOURCE = "/db/h2-template.mv.db";
  private static final String PREFIX = "jdbc:h2:file:";
  /** Settings of a connection that leave the stored database as it is. */
  private static final Set<String> CONNECTION_ONLY = Set.of("DB_CLOSE_ON_EXIT", "QUERY_CACHE_SIZE", "CACHE_SIZE",
      "LOCK_TIMEOUT", "TRACE_LEVEL_FILE", "TRACE_LEVEL_SYSTEM_OUT", "AUTO_SERVER", "AUTO_SERVER_PORT");
  private static final Logger LOG = LoggerFactory.getLogger(H2Template.class);

  @Override
  public BasicJdbcConfiguration onCreated(BeanCreatedEvent<BasicJdbcConfiguration> event) {
    BasicJdbcConfiguration config = event.getBean();
    newFile(config.getUrl(), config.getUsername(), config.getPassword())
        .ifPresent(file -> createFrom(H2Template.class.getResource(RESOURCE), file));
    return config;
  }

  /** The database file to create from the template, when {@code url} names a new one it fits. */
  static Optional<Path> newFile(String url, String username, String password) {
    if (url == null || !url.startsWith(PREFIX) || !"sa".equalsIgnoreCase(username)
        || (password != null && !password.isEmpty())) {
      return Optional.empty();
    }
    String[] parts = url.substring(PREFIX.length()).split(";");
    if (parts[0].startsWith("~") || parts[0].contains(":")) {
      return Optional.empty(); // the home folder or a file system prefix: where H2 puts it is its business
    }
    if (!storedSettings(Arrays.copyOfRange(parts, 1, parts.length)).equals(storedSettings(OPTIONS.split(";")))) {
      return Optional.empty();
    }
    Path base = Path.of(parts[0]);
    Path file = base.resolveSibling(base.getFileName() + ".mv.db");
    boolean exists = Files.exists(file) || Files.exists(base.resolveSibling(base.getFileName() + ".h2.db"));
    return exists ? Optional.empty() : Optional.of(file);
  }

  private static Set<String> storedSettings(String[] settings) {
    return Arrays.stream(settings).filter(s -> !s.isBlank())
        .map(s -> s.trim().toUpperCase(Locale.ROOT))
        .filter(s -> !CONNECTION_ONLY.contains(s.split("=", 2)[0]))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /**
   * Creates {@code file} as a copy of {@code template}.
   *
   * @return whether it did; not when there is no template or the file exists
   */
  static boolean createFrom(@Nullable URL template, Path file) {
    if (template == null) {
      return false; // a build without the template: Flyway creates the schema
    }
    try (InputStream in = template.openStream()) {
      Path folder = file.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      Path partial = Files.createTempFile(folder, file.getFileName().toString(), ".part");
      try {
        Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
        if (!publish(partial, file)) {
          return false;
        }
      } finally {
        Files.deleteIfExists(partial);
      }
      LOG.info("New database {} created from the migrated template", file);
      return true;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not create the database " + file + ": " + e.getMessage(), e);
    }
  }

  /** Puts the whole copy in place unless a database appeared there meanwhile (a link never replaces). */
  private static boolean publish(Path partial, Path file) throws IOException {
    try {
      Files.createLink(file, partial);
    } catch (FileAlreadyExistsException created) {
      return false; // another start created it first: that one is used
    } catch (IOException | UnsupportedOperationException noLinks) {
      try {
        Files.move(partial, file); // without REPLACE_EXISTING
      } catch (FileAlreadyExistsException created) {
        return false;
      }
    }
    return true;
  }

  /**
   * Build step: writes the template, an H2 database migrated by Flyway from {@code db/migration}.
   *
   * @param args the file to write, ending in {@code .mv.db}
   */
  public static void main(String[] args) throws IOException {
    Path target = Path.of(args[0]).toAbsolutePath();
    String name = target.getFileName().toString();
    Path base = target.resolveSibling(name.substring(0, name.length() - ".mv.db".length()));
    Files.deleteIfExists(target);
    Files.createDirectories(target.getParent());
    String url = PREFIX + base + ";" + OPTIONS;
    Flyway.configure().dataSource(url, "sa", "").load().migrate();
    try (var c = java.sql.DriverManager.getConnection(url, "sa", ""); var s = c.createStatement()) {
      s.execute("shutdown compact");
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException("Could not close the template " + target + ": " + e.getMessage(), e);
    }
  }
}
