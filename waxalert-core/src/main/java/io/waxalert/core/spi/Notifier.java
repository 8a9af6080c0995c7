package io.waxalert.core.spi;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Recipient;
import java.util.List;

/**
 * One delivery channel (mail, webhook, Telegram, …): sends a recipient's alerts, one or several as
 * a digest, and throws when the channel did not accept them, so they stay pending and are retried;
 * {@link DeliveryRefusedException} says a retry can never succeed. Implementations are thread-safe
 * and never put a secret (a token, a password) into an exception message.
 *
 * <pre>{@code
 * class SmsNotifier implements Notifier {
 *   public String channel() { return "sms"; }
 *   public void send(Recipient to, List<Alert> alerts) throws IOException {
 *     gateway.send(to.address("sms").orElseThrow(), alerts.get(0).title());
 *   }
 * }
 * }</pre>
 */
public interface Notifier {

  /**
   * The channel's stable name, stored with each delivery: {@code mail}, {@code webhook}, …
   *
   * @return the channel's name
   */
  String channel();

  /**
   * Whether the recipient has somewhere to receive alerts on this channel; by default an address.
   *
   * @param recipient the collector to reach
   * @return true when the recipient has an address on {@link #channel()}
   */
  default boolean canReach(Recipient recipient) {
    return recipient.address(channel()).isPresent();
  }

  /**
   * Whether {@link #send} takes several alerts as one digest; false by default, and the relay then
   * sends one alert per call.
   *
   * @return true when this channel sends digests
   */
  default boolean digests() {
    return false;
  }

  /**
   * Sends {@code alerts} (one, or several of one recipient when {@link #digests()}) in one go.
   *
   * @param recipient the collector, with the address and currency to use
   * @param alerts the recipient's alerts, at least one
   * @throws Exception when the channel did not accept them
   */
  void send(Recipient recipient, List<Alert> alerts) throws Exception;
}
