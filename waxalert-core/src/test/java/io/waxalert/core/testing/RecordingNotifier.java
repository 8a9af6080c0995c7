package io.waxalert.core.testing;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.entry.Recipient;
import io.waxalert.core.spi.DeliveryRefusedException;
import io.waxalert.core.spi.Notifier;
import java.util.ArrayList;
import java.util.List;

/**
 * A notifier that keeps what it was given, one list per {@code send} call, and can be made to fail
 * like a mail server that is down, or to refuse for good like a chat that does not exist.
 */
public final class RecordingNotifier implements Notifier {

  /** One {@code send} call. */
  public record Sent(Recipient recipient, List<Alert> alerts) {}

  private final String channel;
  private final boolean digests;
  private final List<Sent> sent = new ArrayList<>();
  private boolean down;
  private boolean refusing;

  private RecordingNotifier(String channel, boolean digests) {
    this.channel = channel;
    this.digests = digests;
  }

  /** A channel that sends one alert per call. */
  public static RecordingNotifier single(String channel) {
    return new RecordingNotifier(channel, false);
  }

  /** A channel that takes several alerts as one digest. */
  public static RecordingNotifier digesting(String channel) {
    return new RecordingNotifier(channel, true);
  }

  @Override
  public String channel() {
    return channel;
  }

  @Override
  public boolean digests() {
    return digests;
  }

  @Override
  public synchronized void send(Recipient recipient, List<Alert> alerts) throws Exception {
    if (refusing) {
      throw new DeliveryRefusedException(channel + " says: chat not found");
    }
    if (down) {
      throw new java.io.IOException(channel + " server unavailable");
    }
    sent.add(new Sent(recipient, List.copyOf(alerts)));
  }

  public synchronized RecordingNotifier down(boolean isDown) {
    this.down = isDown;
    return this;
  }

  public synchronized RecordingNotifier refusing(boolean isRefusing) {
    this.refusing = isRefusing;
    return this;
  }

  /** Every {@code send} call that succeeded, in order. */
  public synchronized List<Sent> calls() {
    return List.copyOf(sent);
  }

  /** Every alert delivered, in order. */
  public synchronized List<Alert> delivered() {
    return sent.stream().flatMap(s -> s.alerts().stream()).toList();
  }
}
