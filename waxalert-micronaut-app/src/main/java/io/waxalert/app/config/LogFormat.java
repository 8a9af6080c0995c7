package io.waxalert.app.config;

import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * How the service writes its log: {@code waxalert.log-format} (system property) or
 * {@code WAXALERT_LOG_FORMAT} (environment), read by {@link LogSetup} as well, since logging starts
 * before the application context. Checked here first, because logback would take an unknown value
 * for a missing file and stay silent.
 */
public enum LogFormat {
  /** One line per event, for people (the default). */
  TEXT,
  /** One JSON object per line, for log collectors; no start-up banner. */
  JSON;

  static final String PROPERTY = "waxalert.log-format";
  static final String VARIABLE = "WAXALERT_LOG_FORMAT";

  /** The configured format, the system property winning over the environment, as in LogSetup. */
  public static LogFormat configured(Properties system, Map<String, String> env) {
    String value = system.getProperty(PROPERTY, env.getOrDefault(VARIABLE, "text"));
    for (LogFormat format : values()) {
      if (format.name().toLowerCase(Locale.ROOT).equals(value)) {
        return format;
      }
    }
    throw new IllegalArgumentException(PROPERTY + " (" + VARIABLE + ") must be 'text' or 'json', not '"
        + value + "'");
  }
}
