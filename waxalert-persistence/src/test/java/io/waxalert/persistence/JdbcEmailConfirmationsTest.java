package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.model.Currency;
import io.waxalert.persistence.JdbcEmailConfirmations.Pending;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Pending changes of mail address on H2 and on PostgreSQL. */
class JdbcEmailConfirmationsTest {

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

  static String hash() {
    byte[] bytes = new byte[32];
    ThreadLocalRandom.current().nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  abstract static class Cases {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

    private JdbcEmailConfirmations confirmations;
    private UserStore users;

    abstract ApplicationContext context();

    @BeforeEach
    void setUp() {
      confirmations = context().getBean(JdbcEmailConfirmations.class);
      users = context().getBean(UserStore.class);
    }

    private UUID user() {
      return users.create("confirm-" + UUID.randomUUID(), "old@example.org", Currency.EUR).id();
    }

    @Test
    void aLinkIsTakenOnceAndANewRequestInvalidatesTheOldLink() {
      UUID user = user();
      String first = hash();
      String second = hash();
      confirmations.replace(new Pending(user, "first@example.org", NOW.plusSeconds(3600), NOW), first);
      confirmations.replace(new Pending(user, "second@example.org", NOW.plusSeconds(3600), NOW), second);

      assertThat(confirmations.findByToken(first)).isEmpty();
      assertThat(confirmations.find(user)).hasValueSatisfying(p -> assertThat(p.email()).isEqualTo("second@example.org"));
      assertThat(confirmations.take(second)).hasValueSatisfying(p -> {
        assertThat(p.userId()).isEqualTo(user);
        assertThat(p.expiresAt()).isEqualTo(NOW.plusSeconds(3600));
      });
      assertThat(confirmations.take(second)).isEmpty();
      assertThat(confirmations.find(user)).isEmpty();
    }

    @Test
    void expiredChangesArePurgedAndGoWithTheirUser() {
      UUID expired = user();
      UUID live = user();
      Instant longAgo = Instant.parse("2001-01-01T00:00:00Z");
      confirmations.replace(new Pending(expired, "a@example.org", longAgo.minusSeconds(1), longAgo.minusSeconds(60)), hash());
      confirmations.replace(new Pending(live, "b@example.org", longAgo.plusSeconds(60), longAgo), hash());

      assertThat(confirmations.purgeExpired(longAgo)).isEqualTo(1);
      assertThat(confirmations.find(expired)).isEmpty();
      assertThat(confirmations.find(live)).isPresent();

      users.delete(live);
      assertThat(confirmations.find(live)).isEmpty();
    }

    @Test
    void onlyHashesAreAccepted() {
      assertThatThrownBy(() -> confirmations.findByToken("the-token-itself"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
    }
  }
}
