package io.waxalert.app.alerts;

import io.waxalert.core.entry.Recipient;
import io.waxalert.core.spi.RecipientDirectory;
import io.waxalert.persistence.UserAccount;
import io.waxalert.persistence.UserStore;
import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The service's users as the relay sees them: their address on each channel (one line per channel)
 * and whether they want digests. Mail goes to the confirmed address only.
 */
@Singleton
public class UserRecipients implements RecipientDirectory {

  private final UserStore users;

  UserRecipients(UserStore users) {
    this.users = users;
  }

  @Override
  public Optional<Recipient> find(String ownerId) {
    return users.findByUsername(ownerId).map(UserRecipients::recipient);
  }

  static Recipient recipient(UserAccount user) {
    Map<String, String> addresses = new HashMap<>();
    addresses.put(MailNotifier.CHANNEL, user.email());
    addresses.put(WebhookNotifier.CHANNEL, user.webhookUrl());
    addresses.put(TelegramNotifier.CHANNEL, user.telegramChatId());
    return new Recipient(user.discogsUsername(), user.currency(),
        user.notifyMode() == UserAccount.NotifyMode.DIGEST, addresses);
  }
}
