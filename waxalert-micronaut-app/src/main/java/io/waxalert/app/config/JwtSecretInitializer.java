package io.waxalert.app.config;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.security.token.jwt.signature.secret.SecretSignatureConfiguration;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * Fills in the JWT signing secret before the signer is built. {@code application.yml} sets the
 * secret to {@code ${waxalert.jwt-secret:generate}}: a configured secret must have at least 256 bits
 * (a shorter one would make every sign-in fail at run time, so it stops the start instead); the
 * marker {@value #GENERATE} means "use the one kept in the data folder, generating it on first start".
 */
@Singleton
final class JwtSecretInitializer implements BeanCreatedEventListener<SecretSignatureConfiguration> {

  static final String GENERATE = "generate";
  static final String FILE = "jwt-secret";
  private static final int BYTES = 64;

  private final DataFolder dataFolder;

  JwtSecretInitializer(DataFolder dataFolder) {
    this.dataFolder = dataFolder;
  }

  @Override
  public SecretSignatureConfiguration onCreated(BeanCreatedEvent<SecretSignatureConfiguration> event) {
    SecretSignatureConfiguration config = event.getBean();
    String secret = config.getSecret();
    if (secret == null || secret.isBlank() || GENERATE.equals(secret)) {
      config.setBase64(true);
      config.setSecret(Base64.getEncoder().encodeToString(dataFolder.secret(FILE, BYTES)));
    } else if (!config.isBase64() && secret.getBytes(StandardCharsets.UTF_8).length < 32) {
      throw new IllegalStateException("waxalert.jwt-secret must have at least 256 bits (32 bytes)");
    }
    return config;
  }
}
