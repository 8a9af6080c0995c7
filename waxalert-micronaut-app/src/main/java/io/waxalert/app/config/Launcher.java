package io.waxalert.app.config;

import io.micronaut.context.env.Environment;
import io.micronaut.runtime.Micronaut;
import io.micronaut.runtime.exceptions.ApplicationStartupException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Micronaut's launcher, except that a setting refused at start-up is one log line naming the
 * property and what is wrong ({@code WaxAlert cannot start: waxalert.monitor.interval must be a
 * duration …}) rather than a 100-line stack trace with the reason near its end; so is a database
 * that cannot be opened, with where its address is set and the driver's reason (the stack trace at
 * DEBUG). Other start-up failures keep their stack trace: they are not the operator's typing.
 */
public final class Launcher extends Micronaut {

  private static final Logger LOG = LoggerFactory.getLogger(Launcher.class);
  private static final String VIOLATIONS = "List of constraint violations:[";
  private static final String DATA_SOURCE = "[javax.sql.DataSource]";
  /** A property name such as waxalert.monitor.interval (or the SMTP server's), not the package io.waxalert.app. */
  private static final Pattern PROPERTY =
      Pattern.compile("(?<![\\w.])(?:waxalert|javamail\\.properties)\\.[a-z][a-z0-9-]*");

  private Launcher() {}

  /**
   * A launcher for these command-line arguments.
   *
   * @param args the command line
   * @return the launcher, to configure further and start
   */
  public static Micronaut of(String... args) {
    Launcher launcher = new Launcher();
    launcher.args(args);
    return launcher;
  }

  @Override
  protected void handleStartupException(Environment environment, Throwable failure) {
    List<String> refused = refusedSettings(failure);
    if (refused.isEmpty()) {
      LOG.error("WaxAlert cannot start: {}", failure.getMessage(), failure);
    } else {
      refused.forEach(reason -> LOG.error("WaxAlert cannot start: {}", reason));
      LOG.debug("start-up failure", failure);
    }
    if (environment != null && environment.getActiveNames().contains(Environment.TEST)) {
      throw new ApplicationStartupException("Error starting WaxAlert: " + failure.getMessage(), failure);
    }
    System.exit(1);
  }

  /**
   * The settings' own messages (they name the property) from the cause chain, else the first line of
   * the chain that names a {@code waxalert.*} or {@code javamail.properties.*} property (a value that
   * does not convert), else, when the database could not be opened, where its address is set and
   * the driver's reason; empty when none.
   */
  public static List<String> refusedSettings(Throwable failure) {
    List<String> reasons = violations(failure);
    if (reasons.isEmpty()) {
      for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
        Optional<String> line = t.getMessage() == null ? Optional.empty()
            : t.getMessage().lines().filter(l -> PROPERTY.matcher(l).find()).findFirst();
        if (line.isPresent()) {
          return List.of(line.get().replaceFirst("^\\s*(Message: )?", "").trim());
        }
      }
      return databaseRefused(failure).map(List::of).orElse(List.of());
    }
    return reasons;
  }

  /** The data source's creation failed: an unreachable server, a folder H2 cannot write, a URL no driver takes. */
  private static Optional<String> databaseRefused(Throwable failure) {
    boolean dataSource = false;
    Throwable root = failure;
    for (Throwable t = failure; t != null && t != t.getCause(); t = t.getCause()) {
      dataSource |= t.getMessage() != null && t.getMessage().contains(DATA_SOURCE);
      root = t;
    }
    if (!dataSource) {
      return Optional.empty();
    }
    String reason = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage().lines()
        .findFirst().orElse("").trim();
    return Optional.of("the database cannot be opened (datasources.default.url; the default H2 database is a file"
        + " under waxalert.data-dir): " + reason);
  }

  private static List<String> violations(Throwable failure) {
    List<String> reasons = new ArrayList<>();
    for (Throwable t = failure; t != null && t != t.getCause() && reasons.isEmpty(); t = t.getCause()) {
      if (t instanceof ConstraintViolationException violations) {
        violations.getConstraintViolations().stream().map(ConstraintViolation::getMessage).sorted()
            .forEach(reasons::add);
      } else if (t.getMessage() != null && t.getMessage().contains(VIOLATIONS)) {
        String list = t.getMessage().substring(t.getMessage().indexOf(VIOLATIONS) + VIOLATIONS.length());
        for (String line : list.lines().toList()) {
          if (line.startsWith("]")) {
            break;
          }
          int dash = line.indexOf(" - ");
          if (dash > 0) {
            reasons.add(line.substring(dash + 3).trim());
          }
        }
      }
    }
    return reasons;
  }
}
