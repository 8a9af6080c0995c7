package io.waxalert.app.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.DefaultJoranConfigurator;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The service's one log stream, configured in code (found by logback's service loader): logback's
 * own lines, every library's SLF4J lines and, through slf4j-jdk-platform-logging, the core's
 * System.Logger lines all pass through one appender, {@value #APPENDER}, at INFO, in the
 * {@link LogFormat} configured. Reading an XML file instead took a quarter of a second of every
 * start (issue 15). A {@code logback.configurationFile} given, or a {@code logback-test.xml} on the
 * class path, is read instead, as logback would.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class LogSetup extends ContextAwareBase implements Configurator {

  static final String APPENDER = "CONSOLE";
  private static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n";

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (System.getProperty("logback.configurationFile") != null
        || LogSetup.class.getClassLoader().getResource("logback-test.xml") != null) {
      // read here rather than left to the next configurator: Micronaut's reconfiguration (when
      // logger.levels are set) calls only the first one, and a context left empty logs nothing
      // and builds every DEBUG event of every library
      DefaultJoranConfigurator file = new DefaultJoranConfigurator();
      file.setContext(context);
      return file.configure(context);
    }
    LogFormat format;
    try {
      format = LogFormat.configured(System.getProperties(), System.getenv());
    } catch (IllegalArgumentException refused) {
      format = LogFormat.TEXT; // Application names the wrong value and stops before anything else logs
    }
    configure(context, format);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  /** The root logger at INFO, writing to the console in {@code format}. */
  static void configure(LoggerContext context, LogFormat format) {
    Encoder<ILoggingEvent> encoder = format == LogFormat.JSON ? json() : text();
    encoder.setContext(context);
    encoder.start();
    ConsoleAppender<ILoggingEvent> console = new ConsoleAppender<>();
    console.setName(APPENDER);
    console.setContext(context);
    console.setEncoder(encoder);
    console.start();
    ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
  }

  /** One line per event, for people. */
  private static Encoder<ILoggingEvent> text() {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setPattern(PATTERN);
    return encoder;
  }

  /**
   * One JSON object per line, for log collectors: {"timestamp":<epoch ms>,"level":"INFO",
   * "threadName":"…","loggerName":"…","mdc": {},"formattedMessage":"…","throwable":null}.
   */
  private static Encoder<ILoggingEvent> json() {
    JsonEncoder encoder = new JsonEncoder();
    encoder.setWithSequenceNumber(false);
    encoder.setWithNanoseconds(false);
    encoder.setWithContext(false);
    encoder.setWithMessage(false);
    encoder.setWithArguments(false);
    encoder.setWithFormattedMessage(true);
    return encoder;
  }
}
