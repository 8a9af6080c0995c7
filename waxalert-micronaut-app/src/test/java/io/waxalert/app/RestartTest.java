package io.waxalert.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import io.waxalert.app.support.Api;
import io.waxalert.app.support.FakeDiscogs;
import io.waxalert.app.support.ServiceTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The service started twice on one data folder, as {@code java -jar} would be: the H2 file default. */
class RestartTest {

  @TempDir
  Path dataDir;

  private EmbeddedServer start() {
    // the default datasource URL of application.yml: an H2 file under the data folder
    Map<String, Object> properties = new java.util.HashMap<>(ServiceTest.baseProperties(dataDir));
    properties.put("micronaut.server.port", "-1");
    return ApplicationContext.run(EmbeddedServer.class, properties);
  }

  @Test
  void secondStartOnTheSameDataFolderReusesSecretAndKeyAndFindsEarlierData() throws Exception {
    String username = "restarter-" + ProcessHandle.current().pid();
    String token = "tok-" + username;
    FakeDiscogs.user(username, token, "EUR");
    FakeDiscogs.release(880_001);
    FakeDiscogs.search("blue monday");
    String bearer;
    String jwtSecret;
    String credentialsKey;

    try (EmbeddedServer first = start()) {
      Api api = new Api(first.getURL().toString());
      bearer = api.post("/api/auth/token", null, "{\"token\":\"" + token + "\"}").json()
          .path("access_token").asText();
      assertThat(api.post("/api/wanted-list/add", bearer, "{\"release\":\"880001\",\"max_price\":9.99}")
          .status()).isEqualTo(201);
      jwtSecret = Files.readString(dataDir.resolve("jwt-secret"));
      credentialsKey = Files.readString(dataDir.resolve("credentials.key"));
    }
    assertThat(dataDir.resolve("waxalert.mv.db")).exists();
    assertThat(java.util.Base64.getDecoder().decode(jwtSecret.trim())).hasSizeGreaterThanOrEqualTo(32);
    assertThat(java.util.Base64.getDecoder().decode(credentialsKey.trim())).hasSize(32);

    try (EmbeddedServer second = start()) {
      Api api = new Api(second.getURL().toString());
      // the session of the first start is still valid: same signing secret
      Api.Response list = api.get("/api/wanted-list", bearer);
      assertThat(list.status()).isEqualTo(200);
      assertThat(list.json().path("entries")).hasSize(1);
      assertThat(list.json().path("entries").get(0).path("max_price").asText()).isEqualTo("9.99");
      // the stored Discogs token still decrypts: same credentials key
      assertThat(api.get("/api/releases/search?q=blue%20monday", bearer).status()).isEqualTo(200);
      assertThat(api.get("/api/me", bearer).json().path("username").asText()).isEqualTo(username);
    }
    assertThat(Files.readString(dataDir.resolve("jwt-secret"))).isEqualTo(jwtSecret);
    assertThat(Files.readString(dataDir.resolve("credentials.key"))).isEqualTo(credentialsKey);
  }

  @Test
  void aConfiguredSecretShorterThan256BitsStopsTheStart() {
    Map<String, Object> properties = new java.util.HashMap<>(ServiceTest.baseProperties(dataDir));
    properties.put("micronaut.server.port", "-1");
    properties.put("waxalert.jwt-secret", "too-short");

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> {
      try (EmbeddedServer server = ApplicationContext.run(EmbeddedServer.class, properties)) {
        server.getApplicationContext().getBean(io.micronaut.security.token.generator.TokenGenerator.class);
      }
    }).hasStackTraceContaining("256 bits");
  }
}
