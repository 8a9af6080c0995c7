package io.waxalert.app.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import io.waxalert.app.support.ServiceTest;
import io.waxalert.discogs.DiscogsClient;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code waxalert.discogs.requests-per-minute}: Discogs' limit unless set, 60 with a token, 25 without. */
class DiscogsBudgetTest {

  @ParameterizedTest(name = "token {0}, setting {1}: {2} a minute")
  @CsvSource({
      "'',        auto, 25",
      "my-token,  auto, 60",
      "'',        40,   40",
      "my-token,  30,   30",
  })
  void theSharedClientSpendsDiscogsLimitUnlessTheSettingSaysOtherwise(String token, String setting, int budget)
      throws Exception {
    Map<String, Object> p = new HashMap<>(ServiceTest.baseProperties(Files.createTempDirectory("waxalert-budget")));
    p.put("datasources.default.url", "jdbc:h2:mem:budget-" + System.nanoTime()
        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    p.put("waxalert.discogs.requests-per-minute", setting);
    if (!token.isEmpty()) {
      p.put("waxalert.discogs.token", token);
    }

    try (ApplicationContext context = ApplicationContext.run(p)) {
      DiscogsClient client = context.getBean(DiscogsClient.class);
      assertThat(client.config().requestsPerWindow()).isEqualTo(budget);
      assertThat(client.authenticated()).isEqualTo(!token.isEmpty());
      assertThat(context.getBean(DiscogsProperties.class).toString()).doesNotContain("my-token");
    }
  }
}
