package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Signed-out sessions on H2 and on PostgreSQL. */
class JdbcSessionRevocationsTest {

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

    private JdbcSessionRevocations revocations;

    abstract ApplicationContext context();

    @BeforeEach
    void setUp() {
      revocations = context().getBean(JdbcSessionRevocations.class);
    }

    @Test
    void revokedSessionIsRefusedOthersAreNot() {
      String signedOut = UUID.randomUUID().toString();
      String stillIn = UUID.randomUUID().toString();

      revocations.revoke(signedOut, Instant.now().plusSeconds(3600));
      revocations.revoke(signedOut, Instant.now().plusSeconds(3600));

      assertThat(revocations.isRevoked(signedOut)).isTrue();
      assertThat(revocations.isRevoked(stillIn)).isFalse();
    }

    @Test
    void purgeForgetsOnlyRevocationsWhoseTokensExpired() {
      // Far in the past and future, so other tests' rows sharing the database are not counted.
      Instant now = Instant.parse("2001-01-01T00:00:00Z");
      String expired = UUID.randomUUID().toString();
      String live = UUID.randomUUID().toString();
      revocations.revoke(expired, now.minusSeconds(1));
      revocations.revoke(live, now.plusSeconds(60));

      assertThat(revocations.purgeExpired(now)).isEqualTo(1);

      assertThat(revocations.isRevoked(expired)).isFalse();
      assertThat(revocations.isRevoked(live)).isTrue();
    }

    @Test
    void sessionIdsAreBounded() {
      assertThatThrownBy(() -> revocations.isRevoked(""))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("session id");
      assertThatThrownBy(() -> revocations.revoke("x".repeat(65), Instant.now()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("64");
    }
  }
}
