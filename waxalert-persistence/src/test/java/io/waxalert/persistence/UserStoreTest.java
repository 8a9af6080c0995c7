package io.waxalert.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.context.ApplicationContext;
import io.waxalert.core.model.Currency;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Accounts on H2 and on PostgreSQL. */
class UserStoreTest {

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

    private UserStore users;
    private String username;

    abstract ApplicationContext context();

    @BeforeEach
    void setUp() {
      users = context().getBean(UserStore.class);
      username = "digger-" + UUID.randomUUID();
    }

    @Test
    void createdUserIsFoundByIdAndUsername() {
      UserAccount created = users.create(username, "digger@example.org", Currency.GBP);

      UserAccount found = users.findByUsername(username).orElseThrow();
      assertThat(found).isEqualTo(created);
      assertThat(found.notifyMode()).isEqualTo(UserAccount.NotifyMode.INSTANT);
      assertThat(found.blockedSellers()).isEmpty();
      assertThat(found.webhookUrl()).isNull();
      assertThat(found.telegramChatId()).isNull();
      assertThat(found.country()).isNull();
      assertThat(users.find(created.id())).contains(created);
      assertThat(users.findByUsername(username + "-unknown")).isEmpty();
    }

    @Test
    void updateChangesTheProfileAndKeepsUsernameAndCreationTime() {
      UserAccount created = users.create(username, null, Currency.EUR);

      UserAccount updated = users.update(created
          .withEmail("new@example.org")
          .withCurrency(Currency.USD)
          .withNotifyMode(UserAccount.NotifyMode.DIGEST)
          .withWebhookUrl("https://hooks.example.org/x")
          .withTelegramChatId("-1001234567890")
          .withBlockedSellers(List.of("zShop", "aShop"))
          .withCountry("Germany"));

      UserAccount found = users.find(created.id()).orElseThrow();
      assertThat(found).isEqualTo(updated);
      assertThat(found.discogsUsername()).isEqualTo(username);
      assertThat(found.email()).isEqualTo("new@example.org");
      assertThat(found.currency()).isEqualTo(Currency.USD);
      assertThat(found.notifyMode()).isEqualTo(UserAccount.NotifyMode.DIGEST);
      assertThat(found.webhookUrl()).isEqualTo("https://hooks.example.org/x");
      assertThat(found.telegramChatId()).isEqualTo("-1001234567890");
      assertThat(found.blockedSellers()).containsExactly("zShop", "aShop");
      assertThat(found.country()).isEqualTo("Germany");
      assertThat(found.createdAt()).isEqualTo(created.createdAt());
      assertThat(users.update(found.withCountry(null)).country()).isNull();
      assertThat(users.find(created.id()).orElseThrow().country()).isNull();
    }

    @Test
    void aUserCreatedWithACountryKeepsIt() {
      UserAccount created = users.create(username, null, Currency.EUR, "Netherlands");

      assertThat(users.findByUsername(username).orElseThrow().country()).isEqualTo("Netherlands");
      assertThat(created.country()).isEqualTo("Netherlands");
    }

    @Test
    void secondUserWithTheSameUsernameIsRefused() {
      users.create(username, null, Currency.EUR);

      assertThatThrownBy(() -> users.create(username, "other@example.org", Currency.USD))
          .isInstanceOf(UserStore.DuplicateUsernameException.class)
          .hasMessageContaining(username);
      assertThat(users.findByUsername(username).orElseThrow().email()).isNull();
    }

    @Test
    void credentialsAreStoredAsGivenAndSurviveProfileUpdates() {
      UserAccount created = users.create(username, null, Currency.EUR);
      byte[] secret = "encrypted\0bytes".getBytes(StandardCharsets.ISO_8859_1);
      assertThat(users.findCredentials(created.id())).isEmpty();

      assertThat(users.saveCredentials(created.id(), secret)).isTrue();
      users.update(created.withEmail("x@example.org"));

      assertThat(users.findCredentials(created.id())).hasValueSatisfying(
          stored -> assertThat(stored).isEqualTo(secret));
      assertThat(users.saveCredentials(UUID.randomUUID(), secret)).isFalse();
    }

    @Test
    void deletingAnUnknownUserSaysSo() {
      assertThat(users.delete(UUID.randomUUID())).isFalse();
    }
  }
}
