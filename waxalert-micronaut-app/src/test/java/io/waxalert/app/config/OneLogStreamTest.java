package io.waxalert.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.core.monitor.MonitoringEngine;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The core logs through System.Logger; in the service its lines reach logback, like every other. */
@MicronautTest
class OneLogStreamTest extends ServiceTest {

  @Inject
  MonitoringEngine engine;

  @Test
  void theCoresSystemLoggerLinesArriveAtLogbacksAppenders() {
    LoggerContext logback = (LoggerContext) LoggerFactory.getILoggerFactory();
    ch.qos.logback.classic.Logger root = logback.getLogger(Logger.ROOT_LOGGER_NAME);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.setContext(logback);
    appender.start();
    root.addAppender(appender);
    try {
      engine.check(List.of()); // the engine logs every cycle's summary
    } finally {
      root.detachAppender(appender);
    }

    assertThat(System.LoggerFinder.getLoggerFinder().getClass().getName()).startsWith("org.slf4j.");
    assertThat(appender.list).anySatisfy(event -> {
      assertThat(event.getLoggerName()).isEqualTo(MonitoringEngine.class.getName());
      assertThat(event.getLevel()).isEqualTo(Level.INFO);
      assertThat(event.getFormattedMessage()).startsWith("monitoring: checked 0 entries on 0 releases");
    });
  }
}
