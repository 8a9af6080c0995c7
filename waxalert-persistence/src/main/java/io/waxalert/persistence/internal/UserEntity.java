package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code users}. {@code discogsCredentials} are the application's encrypted bytes; this
 * record never prints them ({@link #toString()} leaves them out).
 */
@Entity
@Table(name = "users")
public record UserEntity(
    @Id UUID id,
    String discogsUsername,
    @Nullable String email,
    String currency,
    String notifyMode,
    @Nullable String webhookUrl,
    @Nullable String telegramChatId,
    String blockedSellers,
    @Nullable String country,
    @Nullable byte[] discogsCredentials,
    Instant createdAt,
    Instant updatedAt) {

  @Override
  public String toString() {
    return "UserEntity[id=" + id + ", discogsUsername=" + discogsUsername + "]";
  }
}
