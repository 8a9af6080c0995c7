package io.waxalert.app.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UnsubscribeTokensTest {

  private static UnsubscribeTokens tokens(String secret) {
    SecretSignatureConfiguration jwt = new SecretSignatureConfiguration("generator");
    jwt.setSecret(secret);
    return new UnsubscribeTokens(jwt);
  }

  private final UnsubscribeTokens tokens = tokens("a-secret-of-at-least-thirty-two-bytes-long");

  @Test
  void eachScopeNamesWhatItPauses() {
    UUID entry = UUID.randomUUID();
    UUID user = UUID.randomUUID();

    assertThat(tokens.verify(tokens.entryToken(entry))).hasValueSatisfying(t -> {
      assertThat(t.scope()).isEqualTo(UnsubscribeTokens.Scope.ENTRY);
      assertThat(t.id()).isEqualTo(entry);
    });
    assertThat(tokens.verify(tokens.userToken(user))).hasValueSatisfying(t -> assertThat(t.id()).isEqualTo(user));
    assertThat(tokens.verify(tokens.ownerToken("Crate_Digger-77"))).hasValueSatisfying(t -> {
      assertThat(t.scope()).isEqualTo(UnsubscribeTokens.Scope.OWNER);
      assertThat(t.subject()).isEqualTo("Crate_Digger-77");
    });
  }

  @Test
  void aTokenCannotBeForgedForAnotherOwnerNorUnderAnotherSecret() {
    String genuine = tokens.ownerToken("alice");
    String payloadOfBob = tokens.ownerToken("bob").split("\\.")[0];

    assertThat(tokens.verify(payloadOfBob + "." + genuine.split("\\.")[1])).isEmpty();
    assertThat(tokens("another-secret-of-at-least-thirty-two-bytes").verify(genuine)).isEmpty();
    assertThat(tokens.verify("garbage")).isEmpty();
    assertThat(tokens.verify(genuine.substring(0, genuine.length() - 2))).isEmpty();
  }
}
