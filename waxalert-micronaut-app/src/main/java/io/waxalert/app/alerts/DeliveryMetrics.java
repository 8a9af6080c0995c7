package io.waxalert.app.alerts;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.waxalert.core.delivery.RelayReport.ChannelFigures;
import io.waxalert.core.delivery.RelayReport;
import io.waxalert.core.spi.AlertOutbox;
import jakarta.inject.Singleton;
import java.util.Map;

/**
 * The relay's figures on {@code /prometheus}, each meaning one thing: {@code waxalert.deliveries}
 * per channel and outcome (sent, failed and retried, undeliverable, skipped), {@code waxalert.alerts.sent}
 * the alerts that reached their recipient on at least one channel, and {@code waxalert.mails.sent} /
 * {@code waxalert.mails.failed} the mail channel's, {@code waxalert.outbox.backlog} the pending
 * deliveries. Fed by every relay pass, scheduled or check-all's.
 */
@Singleton
public class DeliveryMetrics {

  private final MeterRegistry registry;
  private final Counter alertsSent;

  DeliveryMetrics(MeterRegistry registry, AlertOutbox outbox) {
    this.registry = registry;
    Gauge.builder("waxalert.outbox.backlog", outbox, AlertOutbox::backlog)
        .description("alert deliveries recorded but not yet sent, given up or skipped").register(registry);
    this.alertsSent = Counter.builder("waxalert.alerts.sent")
        .description("alerts delivered on at least one channel").register(registry);
    Counter.builder("waxalert.mails.sent").description("alerts the SMTP server accepted").register(registry);
    Counter.builder("waxalert.mails.failed").description("alert mails that failed, to be retried")
        .register(registry);
  }

  public void record(RelayReport report) {
    alertsSent.increment(report.delivered());
    for (Map.Entry<String, ChannelFigures> channel : report.channels().entrySet()) {
      ChannelFigures figures = channel.getValue();
      count(channel.getKey(), "sent", figures.sent());
      count(channel.getKey(), "failed", figures.failed());
      count(channel.getKey(), "undeliverable", figures.undeliverable());
      count(channel.getKey(), "skipped", figures.skipped());
    }
    ChannelFigures mail = report.channel(MailNotifier.CHANNEL);
    registry.counter("waxalert.mails.sent").increment(mail.sent());
    registry.counter("waxalert.mails.failed").increment(mail.failed());
  }

  private void count(String channel, String outcome, int amount) {
    Counter.builder("waxalert.deliveries").description("alert deliveries by channel and outcome")
        .tag("channel", channel).tag("outcome", outcome).register(registry).increment(amount);
  }
}
