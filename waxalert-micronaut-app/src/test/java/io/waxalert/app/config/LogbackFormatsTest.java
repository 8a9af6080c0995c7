package io.waxalert.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.LoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.status.Status;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

/**
 * The service's logging set-up ({@link LogSetup}, not the tests' logback-test.xml), in both formats:
 * logback finds it, it configures without a warning, and its one appender writes text lines or one
 * JSON object per line.
 */
class LogbackFormatsTest {

  private static final String CORE_LOGGER = "io.waxalert.core.monitor.MonitoringEngine";

  @Test
  void textIsOneReadableLinePerEvent() throws Exception {
    String line = encode(configured(LogFormat.TEXT), "monitoring: checked 2 entries", null);

    assertThat(line).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  \\[main\\] i\\.w\\.core\\.monitor\\.MonitoringEngine"
        + " - monitoring: checked 2 entries\\R");
  }

  @Test
  void jsonIsOneObjectPerLineWithTheFieldsCollectorsIndex() throws Exception {
    String line = encode(configured(LogFormat.JSON), "monitoring: check of release 249504 failed",
        new IllegalStateException("Discogs answered 503"));

    assertThat(line.lines().count()).isEqualTo(1);
    JsonNode event = new ObjectMapper().readTree(line);
    assertThat(event.path("level").asText()).isEqualTo("WARN");
    assertThat(event.path("loggerName").asText()).isEqualTo(CORE_LOGGER);
    assertThat(event.path("threadName").asText()).isEqualTo("main");
    assertThat(event.path("formattedMessage").asText()).isEqualTo("monitoring: check of release 249504 failed");
    assertThat(event.path("timestamp").asLong()).isPositive();
    assertThat(event.path("throwable").path("className").asText()).isEqualTo(IllegalStateException.class.getName());
    assertThat(event.path("throwable").path("message").asText()).isEqualTo("Discogs answered 503");
    assertThat(event.has("message")).as("the unformatted pattern is left out").isFalse();
  }

  @Test
  void logbackFindsTheSetUpThroughItsServiceLoader() {
    assertThat(ServiceLoader.load(Configurator.class)).map(Object::getClass).contains(LogSetup.class);
  }

  /**
   * Micronaut's reconfiguration (logger.levels set) runs only the first configurator: here, with
   * the tests' logback-test.xml on the class path, the set-up must read that file itself, or the
   * context is left with no appender and every library's DEBUG events built for nobody.
   */
  @Test
  void theSetUpReadsALogbackFileOnTheClassPathItselfSoAReconfigurationKeepsLogging() {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    LogSetup setup = new LogSetup();
    setup.setContext(context);
    try {
      assertThat(setup.configure(context)).isEqualTo(Configurator.ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
      ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
      assertThat(root.iteratorForAppenders()).toIterable().isNotEmpty();
      assertThat(root.getLevel()).isEqualTo(Level.INFO);
    } finally {
      context.stop();
    }
  }

  private static LoggerContext configured(LogFormat format) {
    LoggerContext context = new LoggerContext();
    context.setMDCAdapter(new LogbackMDCAdapter());
    LogSetup.configure(context, format);
    List<Status> problems = context.getStatusManager().getCopyOfStatusList().stream()
        .filter(status -> status.getEffectiveLevel() > Status.INFO).toList();
    assertThat(problems).as("logback's own complaints about the set-up (%s)", format).isEmpty();
    return context;
  }

  /** What the root logger's one appender writes for one event of the core's logger. */
  private static String encode(LoggerContext context, String message, Throwable thrown) {
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    assertThat(root.iteratorForAppenders()).toIterable().hasSize(1);
    @SuppressWarnings("unchecked")
    OutputStreamAppender<ILoggingEvent> console = (OutputStreamAppender<ILoggingEvent>) root.getAppender(LogSetup.APPENDER);
    Level level = thrown == null ? Level.INFO : Level.WARN;
    LoggingEvent event = new LoggingEvent(CORE_LOGGER, context.getLogger(CORE_LOGGER), level, message, thrown, null);
    event.setThreadName("main");
    try {
      return new String(console.getEncoder().encode(event), StandardCharsets.UTF_8);
    } finally {
      context.stop();
    }
  }
}
