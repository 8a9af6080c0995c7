package io.waxalert.core.testing;

import io.waxalert.core.entry.Alert;
import io.waxalert.core.spi.Notifier;
import java.util.ArrayList;
import java.util.List;

/** A notifier that keeps what it was given, and can be made to fail like an SMTP server that is down. */
public final class RecordingNotifier implements Notifier {

  private final List<Alert> delivered = new ArrayList<>();
  private boolean down;

  @Override
  public synchronized void send(Alert alert) throws Exception {
    if (down) {
      throw new java.io.IOException("mail server unavailable");
    }
    delivered.add(alert);
  }

  public synchronized void down(boolean isDown) {
    this.down = isDown;
  }

  public synchronized List<Alert> delivered() {
    return List.copyOf(delivered);
  }
}
