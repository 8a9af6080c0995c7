package io.waxalert.persistence.internal;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.util.UUID;

/**
 * A row of {@code users}. {@code discogsCredentials} are the application's encrypted bytes; this
 * record never prints them ({@link #toString()} leaves them out).
 */
@MappedEntity("users")
public record UserEntity(
    @Id UUID id,
    String discogsUsername,
    @Nullable String email,
    String currency,
    String notifyMode,
    @Nullable String webhookUrl,
    String blockedSellers,
    @Nullable byte[] discogsCredentials,
    Instant createdAt,
    Instant updatedAt) {

  @Override
  public String toString() {
    return "UserEntity[id=" + id + ", discogsUsername=" + discogsUsername + "]";
  }
}
