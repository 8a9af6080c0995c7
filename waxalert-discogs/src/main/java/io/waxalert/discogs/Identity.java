package io.waxalert.discogs;

import io.waxalert.core.Nullable;
import java.util.Objects;

/** Who the credentials belong to ({@code /oauth/identity}). */
public record Identity(long id, String username, @Nullable String consumerName) {

  public Identity {
    Objects.requireNonNull(username, "username");
  }
}
