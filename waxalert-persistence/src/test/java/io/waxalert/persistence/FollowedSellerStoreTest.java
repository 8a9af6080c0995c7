package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.model.Currency;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Follows on H2 and on PostgreSQL. */
class FollowedSellerStoreTest {

  @Nested
  class OnH2 extends Cases {
    @Override
    ApplicationContext context() {
      return TestDatabases.h2();
    }
  }

  @Nested
  class OnPostgres extends Cases {
    @Override
    ApplicationContext context() {
      return TestDatabases.postgres();
    }
  }

  abstract static class Cases {

    private static final Instant T0 = Instant.parse("2026-11-20T10:00:00Z");

    private FollowedSellerStore follows;
    private UserStore users;
    private UserAccount ann;
    private UserAccount bob;
    private String shop;

    abstract ApplicationContext context();

    @BeforeEach
    void setUp() {
      follows = context().getBean(FollowedSellerStore.class);
      users = context().getBean(UserStore.class);
      ann = users.create("ann-" + UUID.randomUUID(), null, Currency.EUR);
      bob = users.create("bob-" + UUID.randomUUID(), null, Currency.EUR);
      shop = "Shop-" + UUID.randomUUID();
    }

    @Test
    void aSellerIsFollowedOncePerUserWhateverTheCase() {
      assertThat(follows.follow(ann.id(), shop, T0)).isTrue();
      assertThat(follows.follow(ann.id(), shop.toLowerCase(), T0.plusSeconds(5))).isFalse();
      assertThat(follows.follow(bob.id(), shop.toUpperCase(), T0.plusSeconds(9))).isTrue();

      assertThat(follows.sellersOf(ann.id())).containsExactly(new FollowedSellerStore.Followed(shop, T0));
      assertThat(follows.followers(shop.toLowerCase())).containsExactlyInAnyOrder(ann.discogsUsername(),
          bob.discogsUsername());
      assertThat(follows.sellers().stream().filter(s -> s.equalsIgnoreCase(shop))).hasSize(1);
    }

    @Test
    void unfollowingEndsTheFollowAndAnUnknownOneIsFalse() {
      follows.follow(ann.id(), shop, T0);

      assertThat(follows.unfollow(ann.id(), shop.toUpperCase())).isTrue();
      assertThat(follows.unfollow(ann.id(), shop)).isFalse();
      assertThat(follows.sellersOf(ann.id())).isEmpty();
      assertThat(follows.followers(shop)).isEmpty();
    }

    @Test
    void aDeletedUsersFollowsGoWithThem() {
      follows.follow(bob.id(), shop, T0);

      users.delete(bob.id());

      assertThat(follows.followers(shop)).isEmpty();
    }
  }
}
