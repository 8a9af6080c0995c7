package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.util.Objects;

/**
 * Who the credentials belong to ({@code /oauth/identity}).
 *
 * @param id the Discogs user id
 * @param username the Discogs username
 * @param consumerName the name of the app the credentials belong to, null when Discogs gives none
 */
public record Identity(long id, String username, @Nullable String consumerName) {

  /**
   * Validates the identity.
   *
   * @param id the Discogs user id
   * @param username the Discogs username
   * @param consumerName the name of the app the credentials belong to, null when Discogs gives none
   * @throws NullPointerException if {@code username} is null
   */
  public Identity {
    Objects.requireNonNull(username, "username");
  }
}
