package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.model.Currency;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Recognised sign-in tokens on H2 and on PostgreSQL. */
class JdbcSignInFingerprintsTest {

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

    private JdbcSignInFingerprints fingerprints;
    private UserStore users;

    abstract ApplicationContext context();

    @BeforeEach
    void setUp() {
      fingerprints = context().getBean(JdbcSignInFingerprints.class);
      users = context().getBean(UserStore.class);
    }

    @Test
    void eachUserHasOneRecognisedTokenUntilItIsForgotten() {
      UUID user = users.create("fp-" + UUID.randomUUID(), null, Currency.EUR).id();
      String old = JdbcEmailConfirmationsTest.hash();
      String current = JdbcEmailConfirmationsTest.hash();

      fingerprints.remember(user, old, Instant.now());
      fingerprints.remember(user, current, Instant.now());
      fingerprints.remember(user, current, Instant.now());

      assertThat(fingerprints.userOf(old)).isEmpty();
      assertThat(fingerprints.userOf(current)).hasValue(user);
      fingerprints.forget(current);
      assertThat(fingerprints.userOf(current)).isEmpty();
    }
  }
}
