package io.waxalert.persistence.internal;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Translates between the core's owner ids (a user's Discogs username) and the {@code users.id}
 * the tables reference.
 */
@Singleton
public final class OwnerNames {

  private final UserRepository users;

  OwnerNames(UserRepository users) {
    this.users = users;
  }

  public Optional<UUID> userId(String ownerId) {
    return users.findIdByDiscogsUsername(ownerId);
  }

  /** The username of each of {@code userIds} that still exists. */
  public Map<UUID, String> ownerIds(Collection<UUID> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    return users.findByIdIn(new HashSet<>(userIds)).stream()
        .collect(Collectors.toMap(UserEntity::id, UserEntity::discogsUsername));
  }
}
